import { NextResponse } from "next/server";
import { publicRoute } from "@/server/http/declare-route";
import { fail } from "@/server/results/result";
import { ssoSignInOperations } from "@/server/sso/operations";
import { serviceProviderMetadata } from "@/server/sso/saml";

/** Our SAML service provider metadata for an organization (its entity ID is this URL): for the IdP's app page. */
export const GET = publicRoute(ssoSignInOperations.samlMetadata, async ({ params }) => {
  const xml = await serviceProviderMetadata(params.organizationId);
  if (!xml) return fail("NOT_FOUND", "This organization has no SAML connection.");
  return new NextResponse(xml, { headers: { "Content-Type": "application/samlmetadata+xml; charset=utf-8" } });
});
