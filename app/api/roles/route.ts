import { NextResponse } from "next/server";
import { createCustomRoleSchema } from "@/lib/validation/roles";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";
import { createCustomRole } from "@/server/roles/mutations";
import { listCustomRoles } from "@/server/roles/queries";

/** Every member may read what the organization's custom roles grant. */
export const GET = apiRoute(async (request) => {
  const auth = await requireOrgContext(request);
  if (!auth.ok) return errorResponse(auth);

  return NextResponse.json({ roles: await listCustomRoles(auth.ctx) });
});

export const POST = apiRoute(async (request) => {
  const auth = await requireOrgContext(request, "roles.manage");
  if (!auth.ok) return errorResponse(auth);
  const body = await readJsonBody(request, createCustomRoleSchema);
  if (!body.ok) return errorResponse(body);

  const result = await createCustomRole(auth.ctx, body.data, requestMeta(request.headers));
  return result.ok ? NextResponse.json({ role: result.role }, { status: 201 }) : errorResponse(result);
});
