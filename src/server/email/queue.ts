import "server-only";
import type { Tx } from "@/server/db";
import { enqueue } from "@/server/jobs/enqueue";
import { seal } from "@/server/jobs/seal";
import { renderEmail } from "./render";
import type { OutgoingEmail } from "./send";

/** An email rendered and sealed, ready to be queued in a transaction (rendering takes a while: not inside one). */
export type PreparedEmail = { kind: string; to: string; message: string };

export async function prepareEmail(email: OutgoingEmail): Promise<PreparedEmail> {
  const { html, text } = await renderEmail(email.react);
  return { kind: email.kind, to: email.to, message: seal({ subject: email.subject, html, text }) };
}

/**
 * Queues the email in the transaction of the change it announces (the outbox): a rolled-back change sends nothing,
 * a committed one is sent by the worker, retried with backoff while the mail service is down (jobs/queues.ts).
 */
export async function queueEmail(
  tx: Pick<Tx, "$queryRawUnsafe">,
  email: PreparedEmail,
  about: { organizationId: string | null; invitationId?: string },
): Promise<void> {
  await enqueue(tx, "email", { ...email, ...about });
}
