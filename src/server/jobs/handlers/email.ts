import "server-only";
import type PgBoss from "pg-boss";
import { deliverEmail } from "@/server/email/send";
import { recordInvitationDelivery } from "@/server/invites/deliver";
import type { JobData } from "../queues";
import { unseal } from "../seal";

/** Sends one queued email; a failure throws, and the queue retries it with backoff. */
export async function runEmailJob(job: PgBoss.JobWithMetadata<JobData["email"]>): Promise<void> {
  const { kind, to, organizationId, invitationId } = job.data;
  const message = unseal<{ subject: string; html: string; text: string }>(job.data.message);
  const result = await deliverEmail({ kind, to, ...message });
  if (invitationId && organizationId) await recordInvitationDelivery(organizationId, invitationId, result.ok);
  if (!result.ok) throw new Error(`email "${kind}" not sent (attempt ${job.retryCount + 1} of ${job.retryLimit + 1}): ${result.reason}`);
}
