import { writeSessionCookie } from "@/server/auth/cookie";
import { json, sessionRoute } from "@/server/http/declare-route";
import { accountOrganizationOperations } from "@/server/organizations/operations";
import { switchOrganization } from "@/server/organizations/switch";

export const POST = sessionRoute(accountOrganizationOperations.switch, async ({ session, body, meta }) => {
  const switched = await switchOrganization(session, { id: body.organizationId }, meta);
  if (!switched.ok) return switched;
  const response = json({ organization: switched.organization, role: switched.role });
  writeSessionCookie(response.cookies, switched.token, session.session.expiresAt);
  return response;
});
