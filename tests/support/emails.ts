// What the app sent during the integration tests. The capture server runs in Vitest's main process (global-setup.ts);
// the test workers reach it over HTTP at RESEND_BASE_URL, the same address the app's Resend client uses.
import type { CapturedEmail } from "./email-capture";
import { runJobs } from "./jobs";

export type { CapturedEmail } from "./email-capture";
export { extractLinks, firstLinkTo } from "./email-capture";

/** Emails received for `to` (every email when omitted), oldest first, once the queued ones have been sent. */
export async function capturedEmails(to?: string): Promise<CapturedEmail[]> {
  await runJobs("email");
  const response = await fetch(`${captureUrl()}/captured${to ? `?${new URLSearchParams({ to })}` : ""}`);
  if (!response.ok) throw new Error(`email capture server answered ${response.status}`);
  return (await response.json()) as CapturedEmail[];
}

/** Forgets every captured email (of every test file: they run one at a time). */
export async function clearCapturedEmails(): Promise<void> {
  const response = await fetch(`${captureUrl()}/captured`, { method: "DELETE" });
  if (!response.ok) throw new Error(`email capture server answered ${response.status}`);
}

/** Takes the mail service away (sends get their connection dropped) or brings it back, for every test file. */
export async function setMailOutage(down: boolean): Promise<void> {
  const response = await fetch(`${captureUrl()}/outage?down=${down}`, { method: "PUT" });
  if (!response.ok) throw new Error(`email capture server answered ${response.status}`);
}

function captureUrl(): string {
  const url = process.env.RESEND_BASE_URL;
  if (!url) throw new Error("RESEND_BASE_URL is not set: the email capture server starts in tests/support/global-setup.ts.");
  return url;
}
