import "server-only";
import type { OrgContext } from "@/server/auth/context";
import type { Role } from "@/server/db";
import { fail } from "@/server/http/result";
import { isId } from "@/server/ids";
import { literalContains } from "@/server/like-pattern";
import { withTenant } from "@/server/tenant/scope";

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
  const cursor = options.cursor && isId(options.cursor) ? options.cursor : undefined;
  const q = options.q ? literalContains(options.q) : undefined;
  const rows = await withTenant(ctx, (tx) =>
    tx.membership.findMany({
      where: {
        organizationId: ctx.organization.id,
        ...(q
          ? { user: { OR: [{ name: { contains: q, mode: "insensitive" as const } }, { email: { contains: q, mode: "insensitive" as const } }] } }
          : {}),
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: options.limit + 1,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: memberSelect,
    }),
  );
  const hasMore = rows.length > options.limit;
  const page = hasMore ? rows.slice(0, options.limit) : rows;
  return { members: page.map(toMemberDto), nextCursor: hasMore ? page.at(-1)!.id : null };
}

export function memberNotFound() {
  return fail("NOT_FOUND", "Member not found in this organization.");
}

/** How many owners the organization has: the page hides "leave" and "demote" from its last one. */
export async function countOwners(ctx: OrgContext): Promise<number> {
  return withTenant(ctx, (tx) => tx.membership.count({ where: { organizationId: ctx.organization.id, role: "OWNER" } }));
}
