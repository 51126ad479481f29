import "server-only";
// Sends one email through Resend, or, without RESEND_API_KEY, prints it in development and tests. A production server
// without a key delivers nothing and prints no message: its links carry live tokens, and logs are read by many.
import { Resend } from "resend";
import { env } from "@/env";
import { recordDevEmail } from "./dev-mailbox";
import { renderEmail, type RenderedEmail } from "./render";

export type OutgoingEmail = {
  to: string;
  subject: string;
  react: React.ReactElement;
  /** Short tag, e.g. "invitation": labels logs, the dev mailbox and Resend's dashboard. */
  kind: string;
};

export type SendResult = { ok: true; id: string; transport: "resend" | "console" } | { ok: false; reason: string };

const SEND_TIMEOUT_MS = 10_000;

/** Never throws: a failed send is a value the caller reports ("the invitation was saved but the email failed"). */
export async function sendEmail(email: OutgoingEmail): Promise<SendResult> {
  try {
    return await deliverEmail({ kind: email.kind, to: email.to, subject: email.subject, ...(await renderEmail(email.react)) });
  } catch (error) {
    return failed(email, error instanceof Error ? error.message : String(error));
  }
}

/** An email rendered already (the outbox's, src/server/email/queue.ts). */
export type RenderedMessage = Omit<OutgoingEmail, "react"> & RenderedEmail;

/** Hands a rendered email to Resend (or, in development, the console and mailbox). Never throws. */
export async function deliverEmail(email: RenderedMessage): Promise<SendResult> {
  try {
    if (env.RESEND_API_KEY) return await sendWithResend(env.RESEND_API_KEY, email, email);
    if (env.NODE_ENV === "production") return failed(email, "email is not configured on this server (RESEND_API_KEY is not set)");
    return await sendToConsole(email, email);
  } catch (error) {
    return failed(email, error instanceof Error ? error.message : String(error));
  }
}

async function sendWithResend(apiKey: string, email: Omit<OutgoingEmail, "react">, { html, text }: RenderedEmail): Promise<SendResult> {
  // Unset, the SDK uses api.resend.com. A trailing slash would make the SDK request "//emails".
  const resend = new Resend(apiKey, { baseUrl: env.RESEND_BASE_URL?.replace(/\/+$/, "") });
  const signal = AbortSignal.timeout(SEND_TIMEOUT_MS);
  // The SDK spreads these options into fetch(), so the signal bounds the whole request. It returns errors, even
  // network ones and this timeout, as `{ error }` rather than throwing.
  const { data, error } = await resend.emails.send(
    { from: env.EMAIL_FROM, to: email.to, subject: email.subject, html, text, tags: [{ name: "kind", value: tagValue(email.kind) }] },
    { signal },
  );
  if (error) {
    const reason = signal.aborted ? `no answer from Resend within ${SEND_TIMEOUT_MS / 1000} s` : `${error.name}: ${error.message}`;
    return failed(email, reason);
  }
  return { ok: true, id: data.id, transport: "resend" };
}

/** Development and tests: prints the message (links included) so it is never silently lost, and keeps it for /dev/mailbox. */
async function sendToConsole(email: Omit<OutgoingEmail, "react">, { html, text }: RenderedEmail): Promise<SendResult> {
  const header = `✉ Email (console transport: RESEND_API_KEY is not set) · ${email.kind}`;
  const footer = `Also in the development mailbox: ${env.APP_URL}/dev/mailbox`;
  const block = [header, `To:      ${email.to}`, `Subject: ${email.subject}`, "", ...text.split("\n"), "", footer];
  console.info(`\n${block.map((line) => `│ ${line}`.trimEnd()).join("\n")}\n`);
  try {
    const stored = await recordDevEmail({ to: email.to, subject: email.subject, html, text, kind: email.kind });
    return { ok: true, id: stored.id, transport: "console" };
  } catch (error) {
    // Printed above already: the mailbox page is a convenience, not delivery.
    console.error(
      `[email] could not keep "${email.kind}" email in .data/mailbox: ${error instanceof Error ? error.message : String(error)}`,
    );
    return { ok: true, id: `console-${crypto.randomUUID()}`, transport: "console" };
  }
}

function failed(email: Omit<OutgoingEmail, "react">, reason: string): SendResult {
  // Never the body: it carries links with tokens in them.
  console.error(`[email] "${email.kind}" email to ${email.to} was not sent: ${reason}`);
  return { ok: false, reason };
}

/** Resend accepts tag values of ASCII letters, numbers, underscores and dashes only. */
function tagValue(kind: string): string {
  return kind.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 256) || "email";
}
