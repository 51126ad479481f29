// Shared by server and client: the UI hides what a role cannot do (the server refuses it anyway, permissions.ts).

/** Every permission the application checks. A new permission is added here first. */
export const PERMISSIONS = [
  "org.update",
  "org.delete",
  "members.invite",
  "members.remove",
  "members.role.update",
  "roles.manage",
  "projects.create",
  "projects.read",
  "projects.update",
  "projects.delete",
  "audit.read",
  "billing.manage",
  "api_keys.manage",
  "webhooks.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const BASE_ROLES = ["OWNER", "ADMIN", "MEMBER", "GUEST"] as const;
export type BaseRole = (typeof BASE_ROLES)[number];

const MEMBER: Permission[] = ["projects.create", "projects.read", "projects.update", "projects.delete"];
const ADMIN: Permission[] = [
  ...MEMBER,
  "org.update",
  "members.invite",
  "members.remove",
  "members.role.update",
  "roles.manage",
  "audit.read",
  "api_keys.manage",
  "webhooks.manage",
];

/** The built-in roles. Owners can do everything; admins everything but deleting the org and billing; guests read. */
export const ROLE_PERMISSIONS: Record<BaseRole, readonly Permission[]> = {
  OWNER: PERMISSIONS,
  ADMIN,
  MEMBER,
  GUEST: ["projects.read"],
};

export const PERMISSION_LABELS: Record<Permission, string> = {
  "org.update": "Rename the organization and change its settings",
  "org.delete": "Delete the organization",
  "members.invite": "Invite people",
  "members.remove": "Remove members",
  "members.role.update": "Change members' roles",
  "roles.manage": "Create, edit and assign custom roles",
  "projects.create": "Create projects",
  "projects.read": "See projects",
  "projects.update": "Edit projects",
  "projects.delete": "Delete projects",
  "audit.read": "Read the audit log",
  "billing.manage": "Manage billing",
  "api_keys.manage": "Create and revoke the organization's API keys",
  "webhooks.manage": "Manage webhook endpoints and see their deliveries",
};

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

/**
 * A member's effective permissions: their base role's plus every custom role's, in PERMISSIONS order. Names the code
 * no longer knows (a permission removed in a later version) grant nothing.
 */
export function effectivePermissions(role: BaseRole, customPermissions: readonly string[] = []): Permission[] {
  const granted = new Set<string>([...ROLE_PERMISSIONS[role], ...customPermissions]);
  return PERMISSIONS.filter((permission) => granted.has(permission));
}

/** Base roles from least to most powerful. */
const ROLE_RANK: Record<BaseRole, number> = { GUEST: 0, MEMBER: 1, ADMIN: 2, OWNER: 3 };

export const ROLE_LABELS: Record<BaseRole, string> = { OWNER: "Owner", ADMIN: "Admin", MEMBER: "Member", GUEST: "Guest" };

/** Nobody hands out a base role above their own: admins invite admins and below, only owners invite owners. */
export function canGrantRole(actorRole: BaseRole, role: BaseRole): boolean {
  return ROLE_RANK[role] <= ROLE_RANK[actorRole];
}

/** The base roles `actorRole` may hand out, most powerful first. */
export function grantableRoles(actorRole: BaseRole, ceiling: BaseRole = "OWNER"): BaseRole[] {
  return [...BASE_ROLES].filter((role) => canGrantRole(actorRole, role) && canGrantRole(ceiling, role));
}
