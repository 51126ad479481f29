import { resetPassword } from "@/server/account/password-reset";
import { clearSessionCookie } from "@/server/auth/cookie";
import { authOperations } from "@/server/auth/operations";
import { noContent, publicRoute } from "@/server/http/declare-route";

/** Sets the new password and ends every session of the account: the caller signs in again. */
export const POST = publicRoute(authOperations.resetPassword, async ({ body }) => {
  const result = await resetPassword(body);
  if (!result.ok) return result;
  const response = noContent();
  clearSessionCookie(response.cookies);
  return response;
});
