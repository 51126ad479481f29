import "server-only";
import { addDomainSchema, updateDomainSchema } from "@/lib/validation/domains";
import type { Operation, OrgOperation } from "@/server/http/operation";

/** An organization's domains (app/api/domains…, the settings page): owners and admins, who manage its settings. */
export const domainOperations = {
  list: { permission: "org.update" },
  add: { permission: "org.update", body: addDomainSchema },
  verify: { permission: "org.update", params: ["id"] },
  update: { permission: "org.update", params: ["id"], body: updateDomainSchema },
  remove: { permission: "org.update", params: ["id"] },
} as const satisfies Record<string, OrgOperation>;

/** A person and the organizations their verified address lets them join (app/api/account/domain-organizations…). */
export const domainJoinOperations = {
  list: {},
  join: { params: ["id"] },
} as const satisfies Record<string, Operation>;
