import "server-only";
import { pageArgs, pageOf, validCursor } from "@/server/pagination";
import type { OrgContext } from "@/server/auth/context";
import type { Role, Tx } from "@/server/db";
import { fail } from "@/server/results/result";
import { literalContains } from "@/server/like-pattern";
import { readTenant } from "@/server/tenant/scope";

export type MemberDto = {
  user: { id: string; name: string; email: string };
  role: Role;
  /** Custom roles held on top of the base role. */
  roles: Array<{ id: string; name: string }>;
  joinedAt: Date;
};
export type MemberPage = { members: MemberDto[]; nextCursor: string | null };

export const memberSelect = {
  id: true,
  role: true,
  createdAt: true,
  user: { select: { id: true, name: true, email: true } },
  customRoles: { select: { customRole: { select: { id: true, name: true } } } },
} as const;

type MemberRow = {
  id: string;
  role: Role;
  createdAt: Date;
  user: { id: string; name: string; email: string };
  customRoles: Array<{ customRole: { id: string; name: string } }>;
};

export function toMemberDto(row: MemberRow): MemberDto {
  return { user: row.user, role: row.role, roles: row.customRoles.map((held) => held.customRole), joinedAt: row.createdAt };
}

/**
 * The organization's members, oldest first; `q` matches name or email. Keyset pagination on (createdAt, id) — the
 * index Membership(organizationId, createdAt, id) — reads one page however many thousands of members there are. The
 * cursor is the last membership's id; one of another organization finds no row (row-level security) and ends the list.
 */
export async function listMembers(ctx: OrgContext, options: { q?: string; cursor?: string; limit: number }): Promise<MemberPage> {
  const cursor = validCursor(options.cursor);
  const rows = await readTenant(ctx, async (tx) => {
    const matching = options.q ? await searchMembershipIds(tx, ctx.organization.id, options.q, cursor, options.limit + 1) : null;
    const found = await tx.membership.findMany({
      where: { organizationId: ctx.organization.id, ...(matching ? { id: { in: matching } } : {}) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      // A search already started after the cursor (searchMembershipIds).
      ...(matching ? { take: options.limit + 1 } : pageArgs(options)),
      // One query with joins for the nested relations, instead of one more round trip per relation.
      relationLoadStrategy: "join",
      select: memberSelect,
    });
    return found;
  });
  const { page, nextCursor } = pageOf(rows, options.limit);
  return { members: page.map(toMemberDto), nextCursor };
}

/**
 * The ids of the next matching memberships, walking the organization's members in list order and looking each
 * user up by primary key. Asked through Prisma's relation filter, PostgreSQL would read every user of the
 * application instead; this way a search costs the organization's size at most, whatever the number of tenants.
 */
async function searchMembershipIds(tx: Tx, organizationId: string, q: string, cursor: string | undefined, take: number): Promise<string[]> {
  const pattern = `%${literalContains(q)}%`;
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT m.id
    FROM "Membership" m
    JOIN "User" u ON u.id = m."userId"
    WHERE m."organizationId" = ${organizationId}
      AND (${cursor ?? null}::text IS NULL
           OR (m."createdAt", m.id) > (SELECT c."createdAt", c.id FROM "Membership" c WHERE c.id = ${cursor ?? null}::text AND c."organizationId" = ${organizationId}))
      AND (u.name ILIKE ${pattern} OR u.email ILIKE ${pattern})
    ORDER BY m."createdAt", m.id
    LIMIT ${take}`;
  return rows.map((row) => row.id);
}

export function memberNotFound() {
  return fail("NOT_FOUND", "Member not found in this organization.");
}
