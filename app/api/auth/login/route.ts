import { writeSessionCookie } from "@/server/auth/cookie";
import { logIn } from "@/server/auth/login";
import { authOperations } from "@/server/auth/operations";
import { json, publicRoute } from "@/server/http/declare-route";

export const POST = publicRoute(authOperations.login, async ({ body, meta }) => {
  const result = await logIn(body, meta);
  if (!result.ok) return result;
  const response = json({ user: result.user, organization: result.organization, role: result.role });
  writeSessionCookie(response.cookies, result.session.token, result.session.expiresAt);
  return response;
});
