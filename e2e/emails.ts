// Reads the emails the e2e server sent. e2e/server.ts points the app's Resend client at a capture server
// (tests/support/email-capture.ts) and leaves its URL in a file, as it does the database's.
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { extractLinks, type CapturedEmail } from "../tests/support/email-capture";

export type { CapturedEmail } from "../tests/support/email-capture";

export function emailCaptureInfoFile(port: string): string {
  return path.join(tmpdir(), `orgstack-e2e-${port}-emails.json`);
}

/**
 * The newest email to `address`, waiting for it to arrive (queued emails are sent by the worker, others after the
 * page's response). `since` skips older ones, e.g. the first invitation when the test resends it; `subject` others.
 */
export async function latestEmailTo(
  address: string,
  { timeoutMs = 10_000, since, subject }: { timeoutMs?: number; since?: Date; subject?: RegExp } = {},
): Promise<CapturedEmail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const emails = (await capturedEmails(address)).filter(
      (email) => (!since || new Date(email.receivedAt) >= since) && (!subject || subject.test(email.subject)),
    );
    const latest = emails.at(-1);
    if (latest) return latest;
    if (Date.now() > deadline) throw new Error(`No email to ${address} within ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The `/invite/<token>` link of an invitation email; it must be in both the HTML and the plain-text part. */
export function inviteLinkFrom(email: CapturedEmail): string {
  const link = extractLinks(email.html).find((candidate) => /^\/invite\/[^/?#]+$/.test(new URL(candidate).pathname));
  if (!link) throw new Error(`No /invite/<token> link in the HTML of "${email.subject}".`);
  if (!extractLinks(email.text).includes(link)) throw new Error(`The plain-text part of "${email.subject}" lacks ${link}.`);
  return link;
}

/** Every email to `to` (all when omitted), oldest first. */
export async function capturedEmails(to?: string): Promise<CapturedEmail[]> {
  const { url } = JSON.parse(readFileSync(emailCaptureInfoFile(process.env.E2E_PORT ?? "3100"), "utf8")) as { url: string };
  const response = await fetch(`${url}/captured${to ? `?${new URLSearchParams({ to })}` : ""}`);
  if (!response.ok) throw new Error(`email capture server answered ${response.status}`);
  return (await response.json()) as CapturedEmail[];
}
