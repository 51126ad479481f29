import { clearSessionCookie } from "@/server/auth/cookie";
import { logOut } from "@/server/auth/logout";
import { authOperations } from "@/server/auth/operations";
import { SESSION_COOKIE } from "@/server/auth/token";
import { noContent, publicRoute } from "@/server/http/declare-route";

export const POST = publicRoute(authOperations.logout, async ({ request }) => {
  await logOut(request.cookies.get(SESSION_COOKIE)?.value);
  const response = noContent();
  clearSessionCookie(response.cookies);
  return response;
});
