import "server-only";
import type { OrgContext } from "@/server/auth/context";
import { membershipsOf } from "@/server/organizations/memberships";

/**
 * What GET /api/me returns: the caller, the active organization, their role and permissions in it, all memberships.
 * Called with an API key: no user, the key, its permissions, and its one organization.
 */
export async function describeMe(ctx: OrgContext) {
  if (ctx.apiKey) {
    return { user: null, apiKey: ctx.apiKey, organization: ctx.organization, role: null, permissions: ctx.permissions, memberships: [] };
  }
  return {
    user: ctx.user,
    apiKey: null,
    organization: ctx.organization,
    role: ctx.role,
    permissions: ctx.permissions,
    memberships: await membershipsOf(ctx),
  };
}
