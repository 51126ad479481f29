import "server-only";
import { db, type Role } from "@/server/db";
import type { OrganizationSummary } from "./create";
import { logoUrl } from "./logo-url";

export type MembershipSummary = { organization: OrganizationSummary & { logoUrl: string | null }; role: Role };

/**
 * Every live organization the user belongs to, by name: for the switcher, /organizations and GET /api/me. One
 * query with a join (Prisma's nested select would send a second one for the organizations).
 */
export async function listMemberships(userId: string): Promise<MembershipSummary[]> {
  const rows = await db.$queryRaw<Array<{ role: Role; id: string; name: string; slug: string; logoKey: string | null }>>`
    SELECT m.role, o.id, o.name, o.slug, o."logoKey"
    FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId"
    WHERE m."userId" = ${userId} AND o."deletedAt" IS NULL
    ORDER BY o.name, o.id`;
  return rows.map(({ role, logoKey, ...organization }) => ({ role, organization: { ...organization, logoUrl: logoUrl(organization.id, logoKey) } }));
}

export async function isMemberOf(userId: string, organizationId: string): Promise<boolean> {
  const found = await db.membership.findFirst({ where: { organizationId, userId, organization: { deletedAt: null } }, select: { id: true } });
  return found !== null;
}
