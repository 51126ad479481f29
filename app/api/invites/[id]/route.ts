import { noContent, orgRoute } from "@/server/http/declare-route";
import { revokeInvite } from "@/server/invites/mutations";
import { inviteOperations } from "@/server/invites/operations";

export const DELETE = orgRoute(inviteOperations.revoke, async ({ ctx, params, meta }) => {
  const result = await revokeInvite(ctx, params.id, meta);
  return result.ok ? noContent() : result;
});
