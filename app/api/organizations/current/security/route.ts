import { json, orgRoute } from "@/server/http/declare-route";
import { securityOperations } from "@/server/security/operations";
import { securityPolicyOf, updateSecurityPolicy } from "@/server/security/policy";

export const GET = orgRoute(securityOperations.read, async ({ ctx }) => json({ policy: await securityPolicyOf(ctx) }));

/** Owners: require two-factor of every member, allow or refuse application support's read-only view. */
export const PATCH = orgRoute(securityOperations.update, async ({ ctx, body, meta }) => {
  const result = await updateSecurityPolicy(ctx, body, meta);
  return result.ok ? json({ policy: result.policy }) : result;
});
