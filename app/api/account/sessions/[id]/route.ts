import { accountOperations } from "@/server/account/operations";
import { revokeAccountSession } from "@/server/account/sessions";
import { clearSessionCookie } from "@/server/auth/cookie";
import { noContent, sessionRoute } from "@/server/http/declare-route";
import { fail } from "@/server/results/result";
import { isId } from "@/server/ids";

/** Signs one session out. Revoking the current one is signing out: the cookie goes too. */
export const DELETE = sessionRoute(accountOperations.revokeSession, async ({ session, params }) => {
  if (!isId(params.id)) return fail("NOT_FOUND", "That session has ended already, or is not one of yours.");
  const result = await revokeAccountSession(session, params.id);
  if (!result.ok) return result;
  const response = noContent();
  if (result.current) clearSessionCookie(response.cookies);
  return response;
});
