import "server-only";
import type { OrgContext } from "@/server/auth/context";
import { fail } from "@/server/http/result";
import { withTenant } from "@/server/tenant/scope";
import { customRoleSelect, toCustomRoleDto, type CustomRoleDto } from "./dto";

export async function listCustomRoles(ctx: OrgContext): Promise<CustomRoleDto[]> {
  const roles = await withTenant(ctx, (tx) =>
    tx.customRole.findMany({ where: { organizationId: ctx.organization.id }, orderBy: { name: "asc" }, select: customRoleSelect }),
  );
  return roles.map(toCustomRoleDto);
}

export function customRoleNotFound() {
  return fail("NOT_FOUND", "Custom role not found.");
}
