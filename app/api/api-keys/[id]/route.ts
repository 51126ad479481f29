import { revokeApiKey } from "@/server/api-keys/mutations";
import { apiKeyOperations } from "@/server/api-keys/operations";
import { noContent, orgRoute } from "@/server/http/declare-route";

export const DELETE = orgRoute(apiKeyOperations.revoke, async ({ ctx, params, meta }) => {
  const revoked = await revokeApiKey(ctx, params.id, meta);
  return revoked.ok ? noContent() : revoked;
});
