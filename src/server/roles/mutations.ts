import "server-only";
import type { Permission } from "@/lib/permissions";
import type { CreateCustomRoleInput, UpdateCustomRoleInput } from "@/lib/validation/roles";
import type { OrgContext } from "@/server/auth/context";
import { audit } from "@/server/audit/record";
import type { Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { isId } from "@/server/ids";
import { isUniqueViolation } from "@/server/prisma-errors";
import { revokeInvitesWithoutBacking } from "@/server/invites/revoke-unbacked";
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

export async function createCustomRole(
  ctx: OrgContext,
  input: CreateCustomRoleInput,
  meta: RequestMeta,
): Promise<Result<{ role: CustomRoleDto }>> {
  const denied = beyondActor(ctx, input.permissions);
  if (denied) return denied;
  try {
    const role = await withTenant(ctx, async (tx) => {
      const created = await tx.customRole.create({ data: { ...input, organizationId: ctx.organization.id }, select: customRoleSelect });
      await audit(tx, ctx, meta, {
        action: "role.created",
        metadata: { name: created.name, permissions: created.permissions },
        targetType: "custom_role",
        targetId: created.id,
      });
      return created;
    });
    return { ok: true, role: toCustomRoleDto(role) };
  } catch (error) {
    if (isUniqueViolation(error, "name")) return fail("ROLE_NAME_TAKEN", NAME_TAKEN, { name: NAME_TAKEN });
    throw error;
  }
}

export async function updateCustomRole(
  ctx: OrgContext,
  id: string,
  input: UpdateCustomRoleInput,
  meta: RequestMeta,
): Promise<Result<{ role: CustomRoleDto }>> {
  if (!isId(id)) return customRoleNotFound();
  try {
    return await withTenant(ctx, async (tx) => {
      const current = await findRole(tx, ctx, id);
      if (!current) return customRoleNotFound();
      const denied = beyondActor(ctx, [...current.permissions, ...(input.permissions ?? [])]);
      if (denied) return denied;
      const role = await tx.customRole.update({
        where: { id, organizationId: ctx.organization.id },
        data: input,
        select: customRoleSelect,
      });
      await audit(tx, ctx, meta, {
        targetType: "custom_role",
        targetId: id,
        action: "role.updated",
        metadata: { name: role.name, ...(input.permissions ? { permissions: { from: current.permissions, to: role.permissions } } : {}) },
      });
      if (input.permissions) await revokeInvitesWithoutBacking(tx, ctx, meta);
      return { ok: true as const, role: toCustomRoleDto(role) };
    });
  } catch (error) {
    if (isUniqueViolation(error, "name")) return fail("ROLE_NAME_TAKEN", NAME_TAKEN, { name: NAME_TAKEN });
    throw error;
  }
}

/** Deleting a role takes its permissions from every member who held it, at their next request. */
export async function deleteCustomRole(ctx: OrgContext, id: string, meta: RequestMeta): Promise<Result<object>> {
  if (!isId(id)) return customRoleNotFound();
  return withTenant(ctx, async (tx) => {
    const current = await findRole(tx, ctx, id);
    if (!current) return customRoleNotFound();
    const denied = beyondActor(ctx, current.permissions);
    if (denied) return denied;
    await tx.customRole.delete({ where: { id, organizationId: ctx.organization.id } });
    await audit(tx, ctx, meta, { action: "role.deleted", metadata: { name: current.name }, targetType: "custom_role", targetId: id });
    await revokeInvitesWithoutBacking(tx, ctx, meta);
    return { ok: true as const };
  });
}

export type MemberCustomRoles = { userId: string; customRoles: Array<{ id: string; name: string }> };

/** Replaces the custom roles a member holds. Roles of other organizations and non-members are "not found". */
export async function setMemberCustomRoles(
  ctx: OrgContext,
  userId: string,
  customRoleIds: string[],
  meta: RequestMeta,
): Promise<Result<{ member: MemberCustomRoles }>> {
  if (!isId(userId)) return memberNotFound();
  if (!customRoleIds.every(isId)) return customRoleNotFound();
  return withTenant(ctx, async (tx) => {
    const organizationId = ctx.organization.id;
    const membership = await tx.membership.findFirst({
      where: { organizationId, userId },
      select: { id: true, customRoles: { select: { customRole: { select: { id: true, permissions: true } } } } },
    });
    if (!membership) return memberNotFound();
    const wanted = await tx.customRole.findMany({
      where: { organizationId, id: { in: customRoleIds } },
      select: { id: true, permissions: true },
    });
    if (wanted.length !== customRoleIds.length) return customRoleNotFound();
    // An admin who could give themselves a role with admin permissions would keep them after being demoted.
    if (userId === ctx.user?.id) return fail("FORBIDDEN", "Nobody changes their own custom roles. Ask another admin or an owner.");

    // Taking a role away is as much a change of power as giving one: both need its permissions. Roles the member
    // keeps are not a change.
    const held = membership.customRoles.map(({ customRole }) => customRole);
    const added = wanted.filter((role) => !held.some((h) => h.id === role.id));
    const removed = held.filter((role) => !customRoleIds.includes(role.id));
    const denied = beyondActor(
      ctx,
      [...added, ...removed].flatMap((role) => role.permissions),
    );
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
    if (added.length || removed.length) {
      await audit(tx, ctx, meta, {
        action: "member.custom_roles_changed",
        targetType: "user",
        targetId: userId,
        metadata: {
          customRoles: customRoles.map((role) => role.name),
          added: added.map((role) => role.id),
          removed: removed.map((role) => role.id),
        },
      });
      await revokeInvitesWithoutBacking(tx, ctx, meta);
    }
    return { ok: true as const, member: { userId, customRoles } };
  });
}

function findRole(tx: Tx, ctx: OrgContext, id: string) {
  return tx.customRole.findFirst({ where: { id, organizationId: ctx.organization.id }, select: { name: true, permissions: true } });
}

function memberNotFound() {
  return fail("NOT_FOUND", "Member not found.");
}
