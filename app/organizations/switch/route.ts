import { safeNextPath } from "@/lib/safe-redirect";
import { slugField } from "@/lib/validation/fields";
import { resolveSession } from "@/server/auth/context";
import { writeSessionCookie } from "@/server/auth/cookie";
import { secondFactorPath } from "@/server/auth/step-up";
import { SESSION_COOKIE } from "@/server/auth/token";
import { redirectToPath } from "@/server/http/redirect";
import { publicRoute } from "@/server/http/declare-route";
import { switchOrganization } from "@/server/organizations/switch";

/** Links between an app's own subdomains are same-site; a typed URL or bookmark is "none". */
function isCrossSite(fetchSite: string | null): boolean {
  return fetchSite !== null && !["same-origin", "same-site", "none"].includes(fetchSite);
}

/**
 * Deep links: middleware sends `/dashboard…?org=<slug>` and `<slug>.<ROOT_DOMAIN>/dashboard…` here. A member is
 * switched to that organization and sent on to the page; anyone else sees their list of organizations. Switching is
 * all a link can do, and only into an organization the user already belongs to. Public: a signed-out visitor is sent
 * to sign in and comes back, rather than refused.
 */
export const GET = publicRoute({}, async ({ request, meta }) => {
  // A link followed by a person switches; an image, script or fetch from another page does not.
  const destination = request.headers.get("sec-fetch-dest");
  if (destination && destination !== "document") return redirectToPath("/organizations");

  const next = safeNextPath(request.nextUrl.searchParams.get("next"));
  const rawSlug = request.nextUrl.searchParams.get("org") ?? "";
  const viewer = await resolveSession(request.cookies.get(SESSION_COOKIE)?.value);
  if (!viewer) {
    const back = `${next}${next.includes("?") ? "&" : "?"}org=${encodeURIComponent(rawSlug)}`;
    return redirectToPath(`/login?${new URLSearchParams({ next: back })}`);
  }

  // A link on another site may not move the visitor's session on its own (a confused deputy: the next form they
  // fill in would write into the organization the link chose). It gets one click to confirm instead.
  if (isCrossSite(request.headers.get("sec-fetch-site"))) {
    return redirectToPath(`/organizations/switch/confirm?${new URLSearchParams({ org: rawSlug.slice(0, 64), next })}`);
  }

  const slug = slugField.safeParse(rawSlug);
  const switched = slug.success ? await switchOrganization(viewer, { slug: slug.data }, meta) : null;
  // The organization requires two-factor: set it up (or confirm it), then follow this same link again.
  if (switched?.ok === false && switched.code === "MFA_REQUIRED") {
    return redirectToPath(secondFactorPath(viewer, `/organizations/switch?${new URLSearchParams({ org: slug.data ?? "", next })}`));
  }
  if (!switched?.ok) return redirectToPath(`/organizations?${new URLSearchParams({ missing: rawSlug.slice(0, 64) })}`);

  const response = redirectToPath(next);
  writeSessionCookie(response.cookies, switched.token, viewer.session.expiresAt);
  return response;
});
