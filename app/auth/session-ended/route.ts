import { safeNextPath } from "@/lib/safe-redirect";
import { clearSessionCookie } from "@/server/auth/cookie";
import { resolveSession } from "@/server/auth/context";
import { SESSION_COOKIE } from "@/server/auth/token";
import { redirectToPath } from "@/server/http/redirect";
import { publicRoute } from "@/server/http/declare-route";

/**
 * Where pages send a visitor whose cookie is well signed but whose session ended (revoked, expired, user deleted).
 * Pages cannot clear cookies; this clears it, but only if the session really is over, so a link here cannot sign
 * anybody out. Without it, middleware would keep sending the stale cookie back to /dashboard.
 */
export const GET = publicRoute({}, async ({ request }) => {
  const next = safeNextPath(request.nextUrl.searchParams.get("next"));
  const ctx = await resolveSession(request.cookies.get(SESSION_COOKIE)?.value);
  if (ctx) return redirectToPath(next);

  const response = redirectToPath(`/login?${new URLSearchParams({ next })}`);
  clearSessionCookie(response.cookies);
  return response;
});
