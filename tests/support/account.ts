import { expect } from "vitest";
import { capturedEmails, firstLinkTo, type CapturedEmail } from "./emails";

/** The newest email to `to` whose subject matches, waiting briefly: some are sent after the response. */
export async function waitForEmail(to: string, subject: RegExp): Promise<CapturedEmail> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const found = (await capturedEmails(to)).filter((email) => subject.test(email.subject)).at(-1);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no email matching ${subject} reached ${to}`);
}

/** The token of the newest verification (or email-change) link sent to `to`. */
export async function verificationToken(to: string, subject = /Verify your email|Confirm your new email/): Promise<string> {
  const link = firstLinkTo(await waitForEmail(to, subject), "/verify-email");
  expect(link).toBeDefined();
  return new URL(link!).searchParams.get("token")!;
}

/** The token of the newest password-reset link sent to `to`. */
export async function resetToken(to: string): Promise<string> {
  const link = firstLinkTo(await waitForEmail(to, /Reset your Orgstack password/), "/reset-password/");
  expect(link).toBeDefined();
  return new URL(link!).pathname.split("/").at(-1)!;
}
