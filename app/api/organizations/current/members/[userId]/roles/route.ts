import { json, orgRoute } from "@/server/http/declare-route";
import { setMemberCustomRoles } from "@/server/roles/mutations";
import { roleOperations } from "@/server/roles/operations";

/** Replaces the custom roles a member holds on top of their base role. */
export const PUT = orgRoute(roleOperations.assign, async ({ ctx, params, body, meta }) => {
  const result = await setMemberCustomRoles(ctx, params.userId, body.customRoleIds, meta);
  return result.ok ? json({ member: result.member }) : result;
});
