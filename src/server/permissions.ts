import "server-only";
import type { Role } from "@/server/db";

/** Every permission the application checks. A new permission is added here first. */
export const PERMISSIONS = [
  "org.update",
  "org.delete",
  "members.invite",
  "members.remove",
  "members.role.update",
  "projects.create",
  "projects.read",
  "projects.update",
  "projects.delete",
  "audit.read",
  "billing.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const MEMBER: Permission[] = ["projects.create", "projects.read", "projects.update", "projects.delete"];
const ADMIN: Permission[] = [...MEMBER, "org.update", "members.invite", "members.remove", "members.role.update", "audit.read"];

/** The built-in roles. Owners can do everything; admins everything but deleting the org and billing. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  OWNER: PERMISSIONS,
  ADMIN,
  MEMBER,
  GUEST: ["projects.read"],
};

export function permissionsFor(role: Role): Permission[] {
  return [...ROLE_PERMISSIONS[role]];
}
