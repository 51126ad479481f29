import "server-only";
import { createElement } from "react";
import { after } from "next/server";
import { env } from "@/env";
import { db, type Tx } from "@/server/db";
import { prepareEmail, queueEmail } from "@/server/email/queue";
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

/**
 * Queues one account email (the worker sends it, retrying while the mail service is away). `client` is the
 * transaction of the change it announces where there is one; `sent` is false only when it could not be queued.
 */
export async function sendAccountEmail(
  { to, ...props }: AccountEmailInput,
  client: Pick<Tx, "$queryRawUnsafe"> = db,
): Promise<{ sent: boolean }> {
  try {
    const email = await prepareEmail({
      kind: props.kind,
      to,
      subject: accountEmailSubject(props.kind),
      react: createElement(AccountEmail, props),
    });
    await queueEmail(client, email, { organizationId: null });
    return { sent: true };
  } catch (error) {
    if (client !== db) throw error;
    console.error(`[email] could not queue the "${props.kind}" email: ${error instanceof Error ? error.message : String(error)}`);
    return { sent: false };
  }
}

/**
 * Queues after the response has gone out (Next.js `after`), so that a request that sends an email takes as long as one
 * that does not: "forgot password" must not reveal by its timing whether an account exists. Outside a request (a
 * script, a test calling the service) it simply queues in the background.
 */
export function sendAccountEmailAfterResponse(input: AccountEmailInput): void {
  const send = () => sendAccountEmail(input).then(() => undefined);
  try {
    after(send);
  } catch {
    void send();
  }
}
