import { writeSessionCookie } from "@/server/auth/cookie";
import { completeSignIn } from "@/server/auth/login";
import { authOperations } from "@/server/auth/operations";
import { clearPendingSignInCookie, PENDING_SIGN_IN_COOKIE } from "@/server/auth/pending-sign-in";
import { json, publicRoute } from "@/server/http/declare-route";

// Public: the caller has no session yet, only the pending sign-in cookie of POST /api/auth/login.
export const POST = publicRoute(authOperations.secondFactor, async ({ body, request, meta }) => {
  const result = await completeSignIn(request.cookies.get(PENDING_SIGN_IN_COOKIE)?.value, body, meta);
  if (!result.ok) return result;
  const response = json({ status: result.status, user: result.user, organization: result.organization, role: result.role });
  writeSessionCookie(response.cookies, result.session.token, result.session.expiresAt);
  clearPendingSignInCookie(response.cookies);
  return response;
});
