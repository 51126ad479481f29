import { sessionRoute } from "@/server/http/declare-route";
import { fail } from "@/server/results/result";
import { readOrganizationLogo } from "@/server/organizations/logo";
import { accountOrganizationOperations } from "@/server/organizations/operations";

/** An organization's logo, for its members (the switcher shows every organization of the user). */
export const GET = sessionRoute(accountOrganizationOperations.logo, async ({ session, params }) => {
  const logo = await readOrganizationLogo(session.user.id, params.id);
  if (!logo) return fail("NOT_FOUND", "No logo here.");
  return new Response(logo.bytes as BodyInit, {
    headers: {
      "content-type": logo.contentType,
      // The URL carries the content hash (?v=), so a new logo is a new URL.
      "cache-control": "private, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'",
    },
  });
});
