import { accountOperations } from "@/server/account/operations";
import { changePassword } from "@/server/account/profile";
import { json, sessionRoute } from "@/server/http/declare-route";

/** Changes the password; every other session is signed out, this one stays. */
export const POST = sessionRoute(accountOperations.changePassword, async ({ session, body }) => {
  const result = await changePassword(session, body);
  return result.ok ? json({ revokedSessions: result.revokedSessions }) : result;
});
