import { json, noContent, orgRoute } from "@/server/http/declare-route";
import { fail } from "@/server/results/result";
import { isId } from "@/server/ids";
import { removeDomain, updateDomain } from "@/server/domains/mutations";
import { domainOperations } from "@/server/domains/operations";

/** How people at a verified domain join: a suggestion, or automatically, and with which role. */
export const PATCH = orgRoute(domainOperations.update, async ({ ctx, params, body, meta }) => {
  if (!isId(params.id)) return fail("NOT_FOUND", "Domain not found.");
  const result = await updateDomain(ctx, params.id, body, meta);
  return result.ok ? json({ domain: result.domain }) : result;
});

export const DELETE = orgRoute(domainOperations.remove, async ({ ctx, params, meta }) => {
  if (!isId(params.id)) return fail("NOT_FOUND", "Domain not found.");
  const result = await removeDomain(ctx, params.id, meta);
  return result.ok ? noContent() : result;
});
