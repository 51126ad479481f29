import "server-only";
import { auditQuery } from "@/lib/validation/audit";
import type { OrgOperation } from "@/server/http/operation";

/** Reading the audit log: the page, app/api/audit and its CSV export. */
export const auditOperations = {
  list: { permission: "audit.read", query: auditQuery },
  export: { permission: "audit.read", feature: "audit.export", query: auditQuery },
} as const satisfies Record<string, OrgOperation>;
