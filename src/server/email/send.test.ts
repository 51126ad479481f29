import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createElement } from "react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startEmailCapture, type EmailCapture } from "../../../tests/support/email-capture";
import { InvitationEmail } from "./templates/invitation-email";

const base = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/app",
  JWT_SECRET: "x".repeat(32),
  EMAIL_FROM: "Orgstack <team@orgstack.test>",
};

const invitation = (to: string) => ({
  to,
  subject: "Ada Lovelace invited you to join Acme on Orgstack",
  kind: "invitation",
  react: createElement(InvitationEmail, { ...InvitationEmail.PreviewProps, acceptUrl: "http://localhost:3000/invite/tok123" }),
});

/** A fresh module graph, so src/env.ts reads the stubbed variables instead of a cached parse. */
async function load(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries({ ...base, ...vars })) vi.stubEnv(key, value);
  const [{ sendEmail }, { listDevEmails }] = await Promise.all([import("./send"), import("./dev-mailbox")]);
  return { sendEmail, listDevEmails };
}

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(path.join(tmpdir(), "orgstack-mailbox-"));
  vi.spyOn(process, "cwd").mockReturnValue(cwd);
  // Keep the test output readable; the calls are asserted where they matter.
  vi.spyOn(console, "info").mockImplementation(() => undefined);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  rmSync(cwd, { recursive: true, force: true });
});

describe("sendEmail without RESEND_API_KEY (console transport)", () => {
  it("prints the message with its link and keeps it in the development mailbox", async () => {
    const { sendEmail, listDevEmails } = await load({ NODE_ENV: "development", RESEND_API_KEY: undefined });
    const result = await sendEmail(invitation("grace@example.test"));

    expect(result).toMatchObject({ ok: true, transport: "console" });
    const printed = vi.mocked(console.info).mock.calls.flat().join("\n");
    expect(printed).toContain("To:      grace@example.test");
    expect(printed).toContain("http://localhost:3000/invite/tok123");
    const [stored, ...rest] = await listDevEmails();
    expect(rest).toEqual([]);
    expect(stored).toMatchObject({
      to: "grace@example.test",
      subject: "Ada Lovelace invited you to join Acme on Orgstack",
      kind: "invitation",
    });
    expect(stored?.id).toBe(result.ok && result.id);
    expect(stored?.html).toContain('href="http://localhost:3000/invite/tok123"');
    expect(stored?.text).toContain("http://localhost:3000/invite/tok123");
  });

  it("lists newest first and keeps the last 100", async () => {
    const { listDevEmails } = await load({ NODE_ENV: "development" });
    const { recordDevEmail } = await import("./dev-mailbox");
    for (let i = 0; i < 103; i++) await recordDevEmail({ to: `u${i}@example.test`, subject: `#${i}`, html: "", text: "", kind: "test" });
    const emails = await listDevEmails();
    expect(emails).toHaveLength(100);
    expect(emails[0]?.subject).toBe("#102");
    expect(emails.at(-1)?.subject).toBe("#3");
  });

  it("survives concurrent sends", async () => {
    const { sendEmail, listDevEmails } = await load({ NODE_ENV: "development" });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => sendEmail(invitation(`c${i}@example.test`))));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(new Set((await listDevEmails()).map((email) => email.to)).size).toBe(10);
  });

  // Security review: a production server without a key printed every reset, verification and email-change link.
  it("in production, fails saying email is not configured, and logs no link or token", async () => {
    const { sendEmail, listDevEmails } = await load({ NODE_ENV: "production" });
    expect(await sendEmail(invitation("grace@example.test"))).toEqual({
      ok: false,
      reason: expect.stringMatching(/not configured.*RESEND_API_KEY/),
    });
    const logged = [console.info, console.warn, console.error].flatMap((fn) => vi.mocked(fn).mock.calls.flat()).join("\n");
    expect(logged).toMatch(/not sent: email is not configured/);
    expect(logged).not.toContain("tok123");
    expect(logged).not.toContain("/invite/");
    expect(await listDevEmails()).toEqual([]);
  });
});

describe("sendEmail through Resend (the SDK against the capture server)", () => {
  let capture: EmailCapture;
  beforeAll(async () => {
    capture = await startEmailCapture();
  });
  afterAll(() => capture.stop());
  beforeEach(() => capture.clear());

  it("sends the HTML and text parts, the subject and the configured sender", async () => {
    const { sendEmail, listDevEmails } = await load({ RESEND_API_KEY: "re_test", RESEND_BASE_URL: `${capture.url}/` });
    const result = await sendEmail(invitation("grace@example.test"));

    const [email, ...rest] = capture.messages();
    expect(rest).toEqual([]);
    expect(result).toEqual({ ok: true, id: email?.id, transport: "resend" });
    expect(email).toMatchObject({
      from: "Orgstack <team@orgstack.test>",
      to: ["grace@example.test"],
      subject: "Ada Lovelace invited you to join Acme on Orgstack",
    });
    expect(email?.html).toContain('href="http://localhost:3000/invite/tok123"');
    expect(email?.text).toContain("http://localhost:3000/invite/tok123");
    expect(await listDevEmails()).toEqual([]);
  });

  it("returns a failure, without throwing, when Resend refuses", async () => {
    const { sendEmail } = await load({ RESEND_API_KEY: "re_test", RESEND_BASE_URL: capture.url });
    const result = await sendEmail(invitation("bounce-1@example.test"));

    expect(result).toEqual({ ok: false, reason: "application_error: capture server: simulated failure" });
    expect(capture.messages()).toEqual([]);
    const logged = vi.mocked(console.error).mock.calls.flat().join("\n");
    expect(logged).toContain("bounce-1@example.test");
    expect(logged).not.toContain("invite/tok123");
  });

  it("returns a failure when Resend cannot be reached", async () => {
    const { sendEmail } = await load({ RESEND_API_KEY: "re_test", RESEND_BASE_URL: "http://127.0.0.1:9" });
    expect(await sendEmail(invitation("grace@example.test"))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Unable to fetch/),
    });
  });
});
