import { resolveSession } from "@/server/auth/context";
import { SESSION_COOKIE } from "@/server/auth/token";
import { errorResponse } from "@/server/http/errors";
import { fail } from "@/server/http/result";
import { apiRoute } from "@/server/http/route";
import { readOrganizationLogo } from "@/server/organizations/logo";

/** An organization's logo, for its members (the switcher shows every organization of the user). */
export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const viewer = await resolveSession(request.cookies.get(SESSION_COOKIE)?.value);
  if (!viewer) return errorResponse(fail("UNAUTHENTICATED", "Sign in to continue."));
  const logo = await readOrganizationLogo(viewer.user.id, (await params).id);
  if (!logo) return errorResponse(fail("NOT_FOUND", "No logo here."));
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
