import "server-only";
import type { OrgContext } from "@/server/auth/context";
import { listMemberships } from "@/server/organizations/memberships";

/** What GET /api/me returns: the caller, the active organization, their role and permissions in it, all memberships. */
export async function describeMe(ctx: OrgContext) {
  return {
    user: ctx.user,
    organization: ctx.organization,
    role: ctx.role,
    permissions: ctx.permissions,
    memberships: ctx.memberships ?? (await listMemberships(ctx.user.id)),
  };
}
