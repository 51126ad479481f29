import { json, orgRoute } from "@/server/http/declare-route";
import { rotateWebhookSecret } from "@/server/webhooks/mutations";
import { webhookOperations } from "@/server/webhooks/operations";

/** The new secret is in this response only; the old one keeps signing too for 24 hours. */
export const POST = orgRoute(webhookOperations.rotateSecret, async ({ ctx, params, meta }) => {
  const result = await rotateWebhookSecret(ctx, params.id, meta);
  return result.ok ? json({ webhook: result.webhook, secret: result.secret }) : result;
});
