import "server-only";
import { db, Prisma, type Role } from "@/server/db";
import type { OrganizationSummary } from "./create";
import { logoUrl } from "./logo-url";

export type MembershipSummary = { organization: OrganizationSummary & { logoUrl: string | null }; role: Role };

export type MembershipRow = { role: Role; id: string; name: string; slug: string; logoKey: string | null };

/**
 * Every live organization the user belongs to, by name, as a JSON array: one subquery with a join (Prisma's nested
 * select would send a second query for the organizations), for the context query or on its own.
 */
function membershipsJson(userId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT COALESCE(json_agg(json_build_object('role', mm.role, 'id', oo.id, 'name', oo.name, 'slug', oo.slug, 'logoKey', oo."logoKey")
                             ORDER BY oo.name, oo.id), '[]'::json)
    FROM "Membership" mm JOIN "Organization" oo ON oo.id = mm."organizationId"
    WHERE mm."userId" = ${userId} AND oo."deletedAt" IS NULL)`;
}

/** The list as a subquery of the per-request context query (context.ts, whose session is `s`): one round trip for both. */
export const MEMBERSHIPS_SUBQUERY = membershipsJson(Prisma.sql`s."userId"`);

/**
 * The user's organizations, for the switcher, /organizations and GET /api/me: those the context query brought along
 * (pages always; route handlers that declare withMemberships), else one query of their own.
 */
export async function membershipsOf(ctx: { user: { id: string }; memberships: MembershipSummary[] | null }): Promise<MembershipSummary[]> {
  if (ctx.memberships) return ctx.memberships;
  const [row] = await db.$queryRaw<
    Array<{ memberships: MembershipRow[] }>
  >`SELECT ${membershipsJson(Prisma.sql`${ctx.user.id}`)} AS memberships`;
  return toMembershipSummaries(row!.memberships);
}

export function toMembershipSummaries(rows: MembershipRow[]): MembershipSummary[] {
  return rows.map(({ role, logoKey, ...organization }) => ({
    role,
    organization: { ...organization, logoUrl: logoUrl(organization.id, logoKey) },
  }));
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
  const found = await db.membership.findFirst({
    where: { organizationId, userId, organization: { deletedAt: null } },
    select: { id: true },
  });
  return found !== null;
}
