import "server-only";
import { Prisma } from "@/server/db";
import { PIPELINED } from "@/server/db/pipelining-client";
import { newId } from "@/server/ids";
import { QUEUES } from "@/server/jobs/queues";

export type WebhookEvent = { organizationId: string; type: string; data: Record<string, unknown>; occurredAt: Date };

/**
 * One statement that records a delivery of the event for every live endpoint of the organization subscribed to it
 * (all of them for the test event), and queues a delivery job for each: in the caller's transaction, sent without
 * waiting (db/pipelining-client.ts), so a change that emits an event costs no extra round trip, and an organization
 * without endpoints inserts nothing. `endpointId` limits it to one endpoint.
 *
 * The job rows are written as pg-boss's own insert does (queue, retry and expiry as in jobs/queues.ts; the rest its
 * table's defaults); tests/integration/webhooks.test.ts runs them through the worker.
 */
export function emitWebhookEvent(event: WebhookEvent, options: { endpointId?: string; everyEndpoint?: boolean } = {}): Prisma.Sql {
  const eventId = `msg_${newId()}`;
  const payload = JSON.stringify({ type: event.type, timestamp: event.occurredAt.toISOString(), data: event.data });
  const retry = QUEUES["webhook-delivery"];
  return Prisma.sql`${Prisma.raw(PIPELINED)}
    WITH deliveries AS (
      INSERT INTO "WebhookDelivery" (id, "organizationId", "endpointId", "eventId", "eventType", payload, "createdAt")
      SELECT 'w' || replace(gen_random_uuid()::text, '-', ''), e."organizationId", e.id, ${eventId}, ${event.type}, ${payload}::jsonb, ${event.occurredAt}
      FROM "WebhookEndpoint" e
      WHERE e."organizationId" = ${event.organizationId} AND e."disabledAt" IS NULL
        AND (${options.everyEndpoint ?? false} OR ${event.type} = ANY(e.events))
        AND (${options.endpointId ?? null}::text IS NULL OR e.id = ${options.endpointId ?? null})
      RETURNING id, "organizationId"
    )
    INSERT INTO pgboss.job (name, data, retry_limit, retry_delay, retry_backoff, expire_in, policy)
    SELECT 'webhook-delivery', jsonb_build_object('organizationId', "organizationId", 'deliveryId', id),
           ${retry.retryLimit}, ${retry.retryDelay}, ${retry.retryBackoff}, make_interval(secs => ${retry.expireInSeconds}), 'standard'
    FROM deliveries`;
}
