import "server-only";
import type { OrgContext } from "@/server/auth/context";
import type { Role } from "@/server/db";
import { withTenant } from "@/server/tenant/scope";

export type MemberDto = { user: { id: string; name: string; email: string }; role: Role; joinedAt: Date };

/** The organization's members by name, at most `limit` of them. */
export async function listMembers(ctx: OrgContext, limit = 200): Promise<MemberDto[]> {
  const rows = await withTenant(ctx, (tx) =>
    tx.membership.findMany({
      where: { organizationId: ctx.organization.id },
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      take: limit,
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
  );
  return rows.map(({ role, createdAt, user }) => ({ user, role, joinedAt: createdAt }));
}
