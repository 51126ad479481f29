import "server-only";
import { requestTransferSchema } from "@/lib/validation/ownership";
import type { OrgOperation } from "@/server/http/operation";

/** Ownership transfer: app/api/organizations/current/transfer… and the settings and overview forms. A person's, never a key's. */
export const ownershipOperations = {
  // Every member may know that a nomination waits.
  read: { permission: null, apiKeys: false },
  // Nominating is for owners by base role; the form may name the nominee by email (transfer-actions.ts).
  request: { permission: null, baseRole: "OWNER", apiKeys: false, body: requestTransferSchema, stepUp: true },
  // An owner cancels, the nominee declines, the nominee accepts: the service decides who is who (else 403 / 404).
  close: { permission: null, apiKeys: false },
  accept: { permission: null, apiKeys: false },
} as const satisfies Record<string, OrgOperation>;
