import "server-only";
import type { OrgContext } from "@/server/auth/context";
import { fail } from "@/server/results/result";
import { readTenant } from "@/server/tenant/scope";
import { customRoleSelect, toCustomRoleDto, type CustomRoleDto } from "./dto";

export async function listCustomRoles(ctx: OrgContext): Promise<CustomRoleDto[]> {
  const roles = await readTenant(ctx, (tx) =>
    tx.customRole.findMany({ where: { organizationId: ctx.organization.id }, orderBy: { name: "asc" }, select: customRoleSelect }),
  );
  return roles.map(toCustomRoleDto);
}

export function customRoleNotFound() {
  return fail("NOT_FOUND", "Custom role not found.");
}

export type MemberWithCustomRoles = {
  userId: string;
  name: string;
  email: string;
  role: string;
  customRoleIds: string[];
};

/** The first `limit` members by name with the custom roles they hold: the assignment table on /dashboard/roles. */
export async function listMembersWithCustomRoles(ctx: OrgContext, limit = 200): Promise<MemberWithCustomRoles[]> {
  const memberships = await readTenant(ctx, (tx) =>
    tx.membership.findMany({
      where: { organizationId: ctx.organization.id },
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      take: limit,
      select: {
        role: true,
        user: { select: { id: true, name: true, email: true } },
        customRoles: { select: { customRoleId: true } },
      },
    }),
  );
  return memberships.map(({ role, user, customRoles }) => ({
    userId: user.id,
    name: user.name,
    email: user.email,
    role,
    customRoleIds: customRoles.map((held) => held.customRoleId),
  }));
}
