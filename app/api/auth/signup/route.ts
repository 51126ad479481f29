import { writeSessionCookie } from "@/server/auth/cookie";
import { authOperations } from "@/server/auth/operations";
import { json, publicRoute } from "@/server/http/declare-route";
import { signUp } from "@/server/users/signup";

export const POST = publicRoute(authOperations.signup, async ({ body, meta }) => {
  const result = await signUp(body, meta);
  if (!result.ok) return result;
  const response = json({ user: result.user, organization: result.organization, role: result.role }, 201);
  writeSessionCookie(response.cookies, result.session.token, result.session.expiresAt);
  return response;
});
