import { json, orgRoute } from "@/server/http/declare-route";
import { webhookOperations } from "@/server/webhooks/operations";
import { listDeliveries } from "@/server/webhooks/queries";

export const GET = orgRoute(webhookOperations.deliveries, async ({ ctx, params, query }) => {
  const result = await listDeliveries(ctx, params.id, query.limit);
  return result.ok ? json({ webhook: result.endpoint, deliveries: result.deliveries }) : result;
});
