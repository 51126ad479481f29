import "server-only";
import { assignCustomRolesSchema, createCustomRoleSchema, updateCustomRoleSchema } from "@/lib/validation/roles";
import type { OrgOperation } from "@/server/http/operation";

/** Custom-role operations, shared by app/api/roles, the member roles route and the roles page's forms. */
export const roleOperations = {
  // Every member may read what the organization's custom roles grant.
  list: { permission: null },
  create: { permission: "roles.manage", feature: "custom-roles", body: createCustomRoleSchema },
  update: { permission: "roles.manage", feature: "custom-roles", body: updateCustomRoleSchema, params: ["id"] },
  delete: { permission: "roles.manage", params: ["id"] },
  assign: { permission: "roles.manage", body: assignCustomRolesSchema, params: ["userId"] },
} as const satisfies Record<string, OrgOperation>;
