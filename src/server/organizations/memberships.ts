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

/** The user's live organization with this slug, current or old, or null: what a deep link names. */
export async function membershipBySlug(userId: string, slug: string): Promise<MembershipSummary | null> {
  const found = await db.membership.findFirst({
    where: { userId, organization: { deletedAt: null, OR: [{ slug }, { slugAliases: { some: { slug } } }] } },
    select: { role: true, organization: { select: { id: true, name: true, slug: true, logoKey: true } } },
  });
  if (!found) return null;
  const { logoKey, ...organization } = found.organization;
  return { role: found.role, organization: { ...organization, logoUrl: logoUrl(organization.id, logoKey) } };
}

export async function isMemberOf(userId: string, organizationId: string): Promise<boolean> {
  const found = await db.membership.findFirst({ where: { organizationId, userId, organization: { deletedAt: null } }, select: { id: true } });
  return found !== null;
}
