import "server-only";
import { createApiKeySchema } from "@/lib/validation/api-keys";
import type { OrgOperation } from "@/server/http/operation";

/** Each API key operation's permission and input, shared by app/api/api-keys and the dashboard's page. */
export const apiKeyOperations = {
  list: { permission: "api_keys.manage" },
  // A key never mints or revokes keys: a leaked one must not outlive its revocation by making another.
  create: { permission: "api_keys.manage", apiKeys: false, body: createApiKeySchema, stepUp: true },
  revoke: { permission: "api_keys.manage", apiKeys: false, params: ["id"] },
} as const satisfies Record<string, OrgOperation>;
