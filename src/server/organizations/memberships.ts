import "server-only";
import { db, Prisma, type Role } from "@/server/db";
import type { OrganizationSummary } from "./create";
import { logoUrl } from "./logo-url";

export type MembershipSummary = { organization: OrganizationSummary & { logoUrl: string | null }; role: Role };

/**
 * Every live organization the user belongs to, by name: for the switcher, /organizations and GET /api/me. One
 * query with a join (Prisma's nested select would send a second one for the organizations).
 */
export async function listMemberships(userId: string): Promise<MembershipSummary[]> {
  const rows = await db.$queryRaw<MembershipRow[]>`
    SELECT m.role, o.id, o.name, o.slug, o."logoKey"
    FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId"
    WHERE m."userId" = ${userId} AND o."deletedAt" IS NULL
    ORDER BY o.name, o.id`;
  return toMembershipSummaries(rows);
}

export type MembershipRow = { role: Role; id: string; name: string; slug: string; logoKey: string | null };

/** The same list as a subquery of the per-request context query (context.ts): one round trip for both. */
export const MEMBERSHIPS_SUBQUERY = Prisma.sql`(
  SELECT COALESCE(json_agg(json_build_object('role', mm.role, 'id', oo.id, 'name', oo.name, 'slug', oo.slug, 'logoKey', oo."logoKey")
                           ORDER BY oo.name, oo.id), '[]'::json)
  FROM "Membership" mm JOIN "Organization" oo ON oo.id = mm."organizationId"
  WHERE mm."userId" = s."userId" AND oo."deletedAt" IS NULL)`;

export function toMembershipSummaries(rows: MembershipRow[]): MembershipSummary[] {
  return rows.map(({ role, logoKey, ...organization }) => ({ role, organization: { ...organization, logoUrl: logoUrl(organization.id, logoKey) } }));
}

/** The user's live organization with this slug, current or old, or null: what a deep link names. */
export async function membershipBySlug(userId: string, slug: string): Promise<MembershipSummary | null> {
  const found = await db.membership.findFirst({
    where: { userId, organization: { deletedAt: null, OR: [{ slug }, { slugAliases: { some: { slug } } }] } },
    select: { role: true, organization: { select: { id: true, name: true, slug: true, logoKey: true } } },
  });
  return found ? toMembershipSummaries([{ role: found.role, ...found.organization }])[0]! : null;
}

export async function isMemberOf(userId: string, organizationId: string): Promise<boolean> {
  const found = await db.membership.findFirst({ where: { organizationId, userId, organization: { deletedAt: null } }, select: { id: true } });
  return found !== null;
}
