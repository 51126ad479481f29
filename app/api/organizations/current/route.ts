import { writeSessionCookie } from "@/server/auth/cookie";
import { json, noContent, orgRoute } from "@/server/http/declare-route";
import { softDeleteOrganization } from "@/server/organizations/deletion";
import { organizationOperations } from "@/server/organizations/operations";
import { updateOrganization } from "@/server/organizations/settings";

export const GET = orgRoute(organizationOperations.current, async ({ ctx: { organization, role, permissions } }) =>
  json({ organization, role, permissions }),
);

/** Renames the organization or changes its URL name; the caller's cookie is re-issued with the new slug. */
export const PATCH = orgRoute(organizationOperations.update, async ({ ctx, body, meta }) => {
  const result = await updateOrganization(ctx, body, meta);
  if (!result.ok) return result;
  const response = json({ organization: result.organization });
  // Only when the organization is the session's own: with x-organization-id the cookie names another one.
  if (result.token && ctx.session?.activeOrganizationId === ctx.organization.id) {
    writeSessionCookie(response.cookies, result.token, ctx.session.expiresAt);
  }
  return response;
});

/** Soft delete, confirmed by the organization's name: restorable by an owner for 30 days, then purged. */
export const DELETE = orgRoute(organizationOperations.delete, async ({ ctx, body, meta }) => {
  const result = await softDeleteOrganization(ctx, body, meta);
  return result.ok ? noContent() : result;
});
