import "server-only";
import { createElement } from "react";
import { after } from "next/server";
import { env } from "@/env";
import { sendEmail } from "@/server/email/send";
import { AccountEmail, accountEmailSubject, type AccountEmailProps } from "@/server/email/templates/account-email";

/** The emailed verification link; `next` is where the confirmed visitor continues (an invite link they came from). */
export function verifyEmailUrl(token: string, next?: string): string {
  const query = new URLSearchParams({ token, ...(next ? { next } : {}) });
  return `${env.APP_URL}/verify-email?${query}`;
}

export function resetPasswordUrl(token: string): string {
  return `${env.APP_URL}/reset-password/${token}`;
}

export function forgotPasswordUrl(): string {
  return `${env.APP_URL}/forgot-password`;
}

type AccountEmailInput = { to: string } & AccountEmailProps;

/** Sends one account email and says whether it went out (sendEmail never throws). */
export async function sendAccountEmail({ to, ...props }: AccountEmailInput): Promise<{ sent: boolean }> {
  const result = await sendEmail({ kind: props.kind, to, subject: accountEmailSubject(props.kind), react: createElement(AccountEmail, props) });
  return { sent: result.ok };
}

/**
 * Sends after the response has gone out (Next.js `after`), so that a request that sends an email takes as long as one
 * that does not: "forgot password" must not reveal by its timing whether an account exists. Outside a request (a
 * script, a test calling the service) it simply sends in the background.
 */
export function sendAccountEmailAfterResponse(input: AccountEmailInput): void {
  const send = () => sendAccountEmail(input).then(() => undefined);
  try {
    after(send);
  } catch {
    void send();
  }
}
