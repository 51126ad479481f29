import "server-only";
import { changeMemberRoleSchema, listMembersQuery } from "@/lib/validation/members";
import type { OrgOperation } from "@/server/http/operation";

/** Member operations, shared by app/api/organizations/current/members and the members page's forms. */
export const memberOperations = {
  // Every member may see who else is in the organization.
  list: { permission: null, query: listMembersQuery },
  changeRole: { permission: "members.role.update", body: changeMemberRoleSchema, params: ["userId"] },
  // One's own id leaves, which any member may; anyone else's needs members.remove (the service decides).
  remove: { permission: null, params: ["userId"] },
} as const satisfies Record<string, OrgOperation>;
