import { writeSessionCookie } from "@/server/auth/cookie";
import { logIn } from "@/server/auth/login";
import { authOperations } from "@/server/auth/operations";
import { writePendingSignInCookie } from "@/server/auth/pending-sign-in";
import { json, publicRoute } from "@/server/http/declare-route";

export const POST = publicRoute(authOperations.login, async ({ body, meta }) => {
  const result = await logIn(body, meta);
  if (!result.ok) return result;
  if (result.status === "second_factor_required") {
    // No session yet: the second step (POST /api/auth/login/second-factor) opens it.
    const response = json({ status: result.status, methods: result.methods });
    writePendingSignInCookie(response.cookies, result.pending.token, result.pending.expiresAt);
    return response;
  }
  const response = json({ status: result.status, user: result.user, organization: result.organization, role: result.role });
  writeSessionCookie(response.cookies, result.session.token, result.session.expiresAt);
  return response;
});
