import { writeSessionCookie } from "@/server/auth/cookie";
import { json, sessionRoute } from "@/server/http/declare-route";
import { acceptInvite } from "@/server/invites/accept";
import { acceptInviteOperation } from "@/server/invites/operations";

/** Accepting switches the session to the organization joined, like the accept page does. */
export const POST = sessionRoute(acceptInviteOperation, async ({ session, body, meta }) => {
  const joined = await acceptInvite(session, body.token, meta);
  if (!joined.ok) return joined;
  const response = json({ organization: joined.organization, role: joined.role });
  writeSessionCookie(response.cookies, joined.token, session.session.expiresAt);
  return response;
});
