import "server-only";
import type { OrgContext } from "@/server/auth/context";
import { db } from "@/server/db";
import { permissionsFor } from "@/server/permissions";

/** What GET /api/me returns: the caller, the active organization, their role and permissions in it, all memberships. */
export async function describeMe(ctx: OrgContext) {
  const memberships = await db.membership.findMany({
    where: { userId: ctx.user.id },
    select: { role: true, organization: { select: { id: true, name: true, slug: true } } },
    orderBy: { organization: { name: "asc" } },
  });
  return {
    user: ctx.user,
    organization: ctx.organization,
    role: ctx.role,
    permissions: permissionsFor(ctx.role),
    memberships,
  };
}
