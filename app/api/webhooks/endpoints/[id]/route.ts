import { json, noContent, orgRoute } from "@/server/http/declare-route";
import { deleteWebhook, updateWebhook } from "@/server/webhooks/mutations";
import { webhookOperations } from "@/server/webhooks/operations";

export const PATCH = orgRoute(webhookOperations.update, async ({ ctx, params, body, meta }) => {
  const result = await updateWebhook(ctx, params.id, body, meta);
  return result.ok ? json({ webhook: result.webhook }) : result;
});

export const DELETE = orgRoute(webhookOperations.delete, async ({ ctx, params, meta }) => {
  const result = await deleteWebhook(ctx, params.id, meta);
  return result.ok ? noContent() : result;
});
