import { accountOperations } from "@/server/account/operations";
import { listAccountSessions, revokeAllAccountSessions } from "@/server/account/sessions";
import { clearSessionCookie } from "@/server/auth/cookie";
import { json, noContent, sessionRoute } from "@/server/http/declare-route";

export const GET = sessionRoute(accountOperations.listSessions, async ({ session }) =>
  json({ sessions: await listAccountSessions(session) }),
);

/** Signs out everywhere, this session included. */
export const DELETE = sessionRoute(accountOperations.revokeAllSessions, async ({ session }) => {
  await revokeAllAccountSessions(session);
  const response = noContent();
  clearSessionCookie(response.cookies);
  return response;
});
