import "server-only";
import { PERMISSION_LABELS, type Permission } from "@/lib/permissions";
import type { Role } from "@/server/db";
import { fail, type Result } from "@/server/results/result";

export { PERMISSIONS, ROLE_PERMISSIONS, effectivePermissions, type Permission } from "@/lib/permissions";

/**
 * The base role a caller acts with when the rule is about rank (who may handle whom, which roles one may hand out).
 * An API key ranks as an admin: its permissions say what it may do, its rank that it never handles an owner nor
 * makes one.
 */
export function actingRole(ctx: { role: Role | null }): Role {
  return ctx.role ?? "ADMIN";
}

type WithPermissions = { permissions: readonly Permission[] };

export function can(ctx: WithPermissions, permission: Permission): boolean {
  return ctx.permissions.includes(permission);
}

/** The server-side check every mutation and tenant read makes; hiding a button is never enough. */
export function requirePermission(ctx: WithPermissions, permission: Permission): Result<object> {
  if (can(ctx, permission)) return { ok: true };
  return fail("FORBIDDEN", `Your role in this organization does not allow this (${PERMISSION_LABELS[permission].toLowerCase()}).`);
}
