import "server-only";
import type { Permission } from "@/lib/permissions";
import type { CreateCustomRoleInput, UpdateCustomRoleInput } from "@/lib/validation/roles";
import type { OrgContext } from "@/server/auth/context";
import type { Tx } from "@/server/db";
import { fail, type Result } from "@/server/http/result";
import { isId } from "@/server/ids";
import { isUniqueViolation } from "@/server/prisma-errors";
import { withTenant } from "@/server/tenant/scope";
import { customRoleSelect, toCustomRoleDto, type CustomRoleDto } from "./dto";
import { customRoleNotFound } from "./queries";

const NAME_TAKEN = "This organization already has a role with that name.";

/** Nobody hands out a permission they do not hold themselves: custom roles cannot be a way up. */
function beyondActor(ctx: OrgContext, permissions: readonly string[]) {
  const missing = permissions.filter((permission) => !ctx.permissions.includes(permission as Permission));
  if (missing.length === 0) return null;
  return fail("FORBIDDEN", `You cannot grant permissions you do not have yourself: ${missing.join(", ")}.`);
}

export async function createCustomRole(ctx: OrgContext, input: CreateCustomRoleInput): Promise<Result<{ role: CustomRoleDto }>> {
  const denied = beyondActor(ctx, input.permissions);
  if (denied) return denied;
  try {
    const role = await withTenant(ctx, (tx) =>
      tx.customRole.create({ data: { ...input, organizationId: ctx.organization.id }, select: customRoleSelect }),
    );
    return { ok: true, role: toCustomRoleDto(role) };
  } catch (error) {
    if (isUniqueViolation(error, "name")) return fail("ROLE_NAME_TAKEN", NAME_TAKEN, { name: NAME_TAKEN });
    throw error;
  }
}

export async function updateCustomRole(ctx: OrgContext, id: string, input: UpdateCustomRoleInput): Promise<Result<{ role: CustomRoleDto }>> {
  if (!isId(id)) return customRoleNotFound();
  try {
    return await withTenant(ctx, async (tx) => {
      const current = await findRole(tx, ctx, id);
      if (!current) return customRoleNotFound();
      const denied = beyondActor(ctx, [...current.permissions, ...(input.permissions ?? [])]);
      if (denied) return denied;
      const role = await tx.customRole.update({ where: { id, organizationId: ctx.organization.id }, data: input, select: customRoleSelect });
      return { ok: true as const, role: toCustomRoleDto(role) };
    });
  } catch (error) {
    if (isUniqueViolation(error, "name")) return fail("ROLE_NAME_TAKEN", NAME_TAKEN, { name: NAME_TAKEN });
    throw error;
  }
}

/** Deleting a role takes its permissions from every member who held it, at their next request. */
export async function deleteCustomRole(ctx: OrgContext, id: string): Promise<Result<object>> {
  if (!isId(id)) return customRoleNotFound();
  return withTenant(ctx, async (tx) => {
    const current = await findRole(tx, ctx, id);
    if (!current) return customRoleNotFound();
    const denied = beyondActor(ctx, current.permissions);
    if (denied) return denied;
    await tx.customRole.delete({ where: { id, organizationId: ctx.organization.id } });
    return { ok: true as const };
  });
}

export type MemberCustomRoles = { userId: string; customRoles: Array<{ id: string; name: string }> };

/** Replaces the custom roles a member holds. Roles of other organizations and non-members are "not found". */
export async function setMemberCustomRoles(ctx: OrgContext, userId: string, customRoleIds: string[]): Promise<Result<{ member: MemberCustomRoles }>> {
  if (!isId(userId)) return memberNotFound();
  if (!customRoleIds.every(isId)) return customRoleNotFound();
  return withTenant(ctx, async (tx) => {
    const organizationId = ctx.organization.id;
    const membership = await tx.membership.findFirst({
      where: { organizationId, userId },
      select: { id: true, customRoles: { select: { customRole: { select: { id: true, permissions: true } } } } },
    });
    if (!membership) return memberNotFound();
    const wanted = await tx.customRole.findMany({ where: { organizationId, id: { in: customRoleIds } }, select: { id: true, permissions: true } });
    if (wanted.length !== customRoleIds.length) return customRoleNotFound();

    // Taking a role away is as much a change of power as giving one: both need its permissions. Roles the member
    // keeps are not a change.
    const held = membership.customRoles.map(({ customRole }) => customRole);
    const added = wanted.filter((role) => !held.some((h) => h.id === role.id));
    const removed = held.filter((role) => !customRoleIds.includes(role.id));
    const denied = beyondActor(ctx, [...added, ...removed].flatMap((role) => role.permissions));
    if (denied) return denied;

    await tx.membershipCustomRole.deleteMany({ where: { organizationId, membershipId: membership.id } });
    await tx.membershipCustomRole.createMany({
      data: customRoleIds.map((customRoleId) => ({ organizationId, membershipId: membership.id, customRoleId })),
    });
    const customRoles = await tx.customRole.findMany({
      where: { organizationId, id: { in: customRoleIds } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    return { ok: true as const, member: { userId, customRoles } };
  });
}

function findRole(tx: Tx, ctx: OrgContext, id: string) {
  return tx.customRole.findFirst({ where: { id, organizationId: ctx.organization.id }, select: { permissions: true } });
}

function memberNotFound() {
  return fail("NOT_FOUND", "Member not found.");
}
