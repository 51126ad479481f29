import { writeSessionCookie } from "@/server/auth/cookie";
import { json, sessionRoute } from "@/server/http/declare-route";
import { createOrganizationForUser } from "@/server/organizations/create-for-user";
import { accountOrganizationOperations } from "@/server/organizations/operations";

/** Any signed-in user may create an organization; they become its owner and it becomes their active one. */
export const POST = sessionRoute(accountOrganizationOperations.create, async ({ session, body, meta }) => {
  const created = await createOrganizationForUser(session, body, meta);
  if (!created.ok) return created;
  const response = json({ organization: created.organization, role: "OWNER" }, 201);
  writeSessionCookie(response.cookies, created.token, session.session.expiresAt);
  return response;
});
