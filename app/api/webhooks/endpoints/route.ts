import { json, orgRoute } from "@/server/http/declare-route";
import { createWebhook } from "@/server/webhooks/mutations";
import { webhookOperations } from "@/server/webhooks/operations";
import { listWebhooks } from "@/server/webhooks/queries";

export const GET = orgRoute(webhookOperations.list, async ({ ctx }) => json({ webhooks: await listWebhooks(ctx) }));

/** The signing secret is in this response only. */
export const POST = orgRoute(webhookOperations.create, async ({ ctx, body, meta }) => {
  const result = await createWebhook(ctx, body, meta);
  return result.ok ? json({ webhook: result.webhook, secret: result.secret }, 201) : result;
});
