import "server-only";
import { securityPolicySchema } from "@/lib/validation/security";
import type { OrgOperation } from "@/server/http/operation";

/** The organization's security policy (app/api/organizations/current/security, the settings page). Owners decide it. */
export const securityOperations = {
  // Admins may see who lacks a second factor (they invite people); owners change the policy.
  read: { permission: "org.update" },
  update: { permission: null, baseRole: "OWNER", apiKeys: false, stepUp: true, body: securityPolicySchema },
} as const satisfies Record<string, OrgOperation>;
