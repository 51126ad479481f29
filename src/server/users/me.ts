import "server-only";
import type { OrgContext } from "@/server/auth/context";
import { membershipsOf } from "@/server/organizations/memberships";

/** What GET /api/me returns: the caller, the active organization, their role and permissions in it, all memberships. */
export async function describeMe(ctx: OrgContext) {
  return {
    user: ctx.user,
    organization: ctx.organization,
    role: ctx.role,
    permissions: ctx.permissions,
    memberships: await membershipsOf(ctx),
  };
}
