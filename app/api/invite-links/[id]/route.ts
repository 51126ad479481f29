import { noContent, orgRoute } from "@/server/http/declare-route";
import { revokeInviteLink } from "@/server/invite-links/mutations";
import { inviteOperations } from "@/server/invites/operations";

export const DELETE = orgRoute(inviteOperations.revokeLink, async ({ ctx, params, meta }) => {
  const result = await revokeInviteLink(ctx, params.id, meta);
  return result.ok ? noContent() : result;
});
