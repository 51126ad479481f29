import { json, noContent, orgRoute } from "@/server/http/declare-route";
import { changeMemberRole, removeMember } from "@/server/members/mutations";
import { memberOperations } from "@/server/members/operations";

export const PATCH = orgRoute(memberOperations.changeRole, async ({ ctx, params, body, meta }) => {
  const result = await changeMemberRole(ctx, params.userId, body.role, meta);
  return result.ok ? json({ member: result.member }) : result;
});

/** Removes a member (members.remove); one's own id leaves, which any member may. */
export const DELETE = orgRoute(memberOperations.remove, async ({ ctx, params, meta }) => {
  const result = await removeMember(ctx, params.userId, meta);
  return result.ok ? noContent() : result;
});
