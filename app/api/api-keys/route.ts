import { createApiKey } from "@/server/api-keys/mutations";
import { apiKeyOperations } from "@/server/api-keys/operations";
import { listApiKeys } from "@/server/api-keys/queries";
import { json, orgRoute } from "@/server/http/declare-route";

export const GET = orgRoute(apiKeyOperations.list, async ({ ctx }) => json({ keys: await listApiKeys(ctx) }));

/** The new key and its secret, which is shown this once. */
export const POST = orgRoute(apiKeyOperations.create, async ({ ctx, body, meta }) => {
  const created = await createApiKey(ctx, body, meta);
  return created.ok ? json({ key: created.key, secret: created.secret }, 201) : created;
});
