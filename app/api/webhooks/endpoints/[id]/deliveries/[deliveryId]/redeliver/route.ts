import { json, orgRoute } from "@/server/http/declare-route";
import { redeliverWebhook } from "@/server/webhooks/mutations";
import { webhookOperations } from "@/server/webhooks/operations";

/** Queues one delivery again (a failed one, or one skipped while the endpoint was disabled). */
export const POST = orgRoute(webhookOperations.redeliver, async ({ ctx, params }) => {
  const result = await redeliverWebhook(ctx, params.id, params.deliveryId);
  return result.ok ? json({ queued: true }, 202) : result;
});
