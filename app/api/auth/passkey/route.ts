import { writeSessionCookie } from "@/server/auth/cookie";
import { openSession } from "@/server/auth/login";
import { authOperations } from "@/server/auth/operations";
import { clearPendingSignInCookie, PENDING_SIGN_IN_COOKIE, verifyPendingSignIn } from "@/server/auth/pending-sign-in";
import { json, publicRoute } from "@/server/http/declare-route";
import { fail } from "@/server/results/result";
import { verifyPasskey } from "@/server/passkeys/ceremonies";

/**
 * Signs in with a passkey: alone (it is possession and user verification at once, so the session counts as having
 * proved a second factor), or as the second step after the password.
 */
export const POST = publicRoute(authOperations.passkeySignIn, async ({ body, request, meta }) => {
  let pendingUser: string | undefined;
  if (body.purpose === "second-factor") {
    pendingUser = (await verifyPendingSignIn(request.cookies.get(PENDING_SIGN_IN_COOKIE)?.value)) ?? undefined;
    if (!pendingUser) return fail("UNAUTHENTICATED", "Your sign-in timed out. Enter your email and password again.");
  }
  const verified = await verifyPasskey(body.purpose, {
    response: body.response,
    origin: request.headers.get("origin"),
    ...(pendingUser ? { userId: pendingUser } : {}),
  });
  if (!verified.ok) return verified;
  const result = await openSession(verified.userId, meta, { secondFactor: true });
  if (!result.ok) return result;
  const response = json({ status: result.status, user: result.user, organization: result.organization, role: result.role });
  writeSessionCookie(response.cookies, result.session.token, result.session.expiresAt);
  clearPendingSignInCookie(response.cookies);
  return response;
});
