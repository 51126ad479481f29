import { writeSessionCookie } from "@/server/auth/cookie";
import { json, sessionRoute } from "@/server/http/declare-route";
import { restoreOrganization } from "@/server/organizations/deletion";
import { accountOrganizationOperations } from "@/server/organizations/operations";

/** An owner restores a deleted organization within its grace period and is switched into it. */
export const POST = sessionRoute(accountOrganizationOperations.restore, async ({ session, params, meta }) => {
  const restored = await restoreOrganization(session, params.id, meta);
  if (!restored.ok) return restored;
  const response = json({ organization: restored.organization, role: restored.role });
  writeSessionCookie(response.cookies, restored.token, session.session.expiresAt);
  return response;
});
