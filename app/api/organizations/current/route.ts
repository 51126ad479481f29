import { NextResponse } from "next/server";
import { deleteOrganizationSchema, updateOrganizationSchema } from "@/lib/validation/organizations";
import { requireOrgContext } from "@/server/auth/context";
import { writeSessionCookie } from "@/server/auth/cookie";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";
import { softDeleteOrganization } from "@/server/organizations/deletion";
import { updateOrganization } from "@/server/organizations/settings";

export const GET = apiRoute(async (request) => {
  const auth = await requireOrgContext(request);
  if (!auth.ok) return errorResponse(auth);
  const { organization, role, permissions } = auth.ctx;
  return NextResponse.json({ organization, role, permissions });
});

/** Renames the organization or changes its URL name; the caller's cookie is re-issued with the new slug. */
export const PATCH = apiRoute(async (request) => {
  const auth = await requireOrgContext(request, "org.update");
  if (!auth.ok) return errorResponse(auth);
  const body = await readJsonBody(request, updateOrganizationSchema);
  if (!body.ok) return errorResponse(body);

  const result = await updateOrganization(auth.ctx, body.data, requestMeta(request.headers));
  if (!result.ok) return errorResponse(result);
  const response = NextResponse.json({ organization: result.organization });
  // Only when the organization is the session's own: with x-organization-id the cookie names another one.
  if (result.token && auth.ctx.session.activeOrganizationId === auth.ctx.organization.id) {
    writeSessionCookie(response.cookies, result.token, auth.ctx.session.expiresAt);
  }
  return response;
});

/** Soft delete, confirmed by the organization's name: restorable by an owner for 30 days, then purged. */
export const DELETE = apiRoute(async (request) => {
  const auth = await requireOrgContext(request, "org.delete");
  if (!auth.ok) return errorResponse(auth);
  const body = await readJsonBody(request, deleteOrganizationSchema);
  if (!body.ok) return errorResponse(body);

  const result = await softDeleteOrganization(auth.ctx, body.data, requestMeta(request.headers));
  return result.ok ? new NextResponse(null, { status: 204 }) : errorResponse(result);
});
