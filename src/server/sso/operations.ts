import "server-only";
import { oidcCallbackQuery, ssoConnectionSchema, ssoDiscoverySchema } from "@/lib/validation/sso";
import type { Operation, OrgOperation } from "@/server/http/operation";
import { z } from "zod";

/**
 * The organization's identity provider and directory (app/api/organizations/current/sso, …/scim-token, the settings
 * page): owners decide who signs in how, and a person proves it is them first (step-up).
 */
export const ssoOperations = {
  read: { permission: null, baseRole: "OWNER", apiKeys: false },
  save: { permission: null, baseRole: "OWNER", apiKeys: false, stepUp: true, body: ssoConnectionSchema },
  remove: { permission: null, baseRole: "OWNER", apiKeys: false, stepUp: true },
  readScimToken: { permission: null, baseRole: "OWNER", apiKeys: false },
  createScimToken: { permission: null, baseRole: "OWNER", apiKeys: false, stepUp: true },
  revokeScimToken: { permission: null, baseRole: "OWNER", apiKeys: false, stepUp: true },
} as const satisfies Record<string, OrgOperation>;

/** The sign-in through an identity provider: for anyone (no session yet); the provider's answer is the proof. */
export const ssoSignInOperations = {
  // The login page's first step: whether an address signs in through a provider; then, to go there, its URL.
  lookup: { body: ssoDiscoverySchema },
  discover: { body: ssoDiscoverySchema },
  // A page an organization's policy keeps someone out of sends them here: straight to its provider.
  start: { query: z.object({ organization: z.string().min(1).max(100), next: z.string().max(2000).optional() }) },
  oidcCallback: { query: oidcCallbackQuery },
  samlMetadata: { params: ["organizationId"] },
  // The SAML response, posted by the provider's page (a form, not JSON: read by the handler).
  samlAcs: { params: ["organizationId"] },
} as const satisfies Record<string, Operation>;
