import { json, orgRoute } from "@/server/http/declare-route";
import { sendTestEvent } from "@/server/webhooks/mutations";
import { webhookOperations } from "@/server/webhooks/operations";

/** Queues a webhook.test event for this endpoint; its delivery appears in the log. */
export const POST = orgRoute(webhookOperations.test, async ({ ctx, params }) => {
  const result = await sendTestEvent(ctx, params.id);
  return result.ok ? json({ queued: true }, 202) : result;
});
