import { json, orgRoute } from "@/server/http/declare-route";
import { addDomain, listDomains } from "@/server/domains/mutations";
import { domainOperations } from "@/server/domains/operations";

export const GET = orgRoute(domainOperations.list, async ({ ctx }) => json({ domains: await listDomains(ctx) }));

/** Claims a domain; it is pending until its TXT record is verified (POST …/verify). */
export const POST = orgRoute(domainOperations.add, async ({ ctx, body, meta }) => {
  const result = await addDomain(ctx, body.domain, meta);
  return result.ok ? json({ domain: result.domain }, 201) : result;
});
