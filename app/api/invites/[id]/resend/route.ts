import { json, orgRoute } from "@/server/http/declare-route";
import { resendInvite } from "@/server/invites/mutations";
import { inviteOperations } from "@/server/invites/operations";

export const POST = orgRoute(inviteOperations.resend, async ({ ctx, params, meta }) => {
  const result = await resendInvite(ctx, params.id, meta);
  return result.ok ? json({ invite: result.invite }) : result;
});
