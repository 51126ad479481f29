import { json, orgRoute } from "@/server/http/declare-route";
import { fail } from "@/server/results/result";
import { isId } from "@/server/ids";
import { verifyDomain } from "@/server/domains/mutations";
import { domainOperations } from "@/server/domains/operations";

/** Looks the domain's TXT record up now. */
export const POST = orgRoute(domainOperations.verify, async ({ ctx, params, meta }) => {
  if (!isId(params.id)) return fail("NOT_FOUND", "Domain not found.");
  const result = await verifyDomain(ctx, params.id, meta);
  return result.ok ? json({ domain: result.domain }) : result;
});
