import { NextResponse } from "next/server";
import { updateCustomRoleSchema } from "@/lib/validation/roles";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";
import { deleteCustomRole, updateCustomRole } from "@/server/roles/mutations";

type Params = { id: string };

export const PATCH = apiRoute<Params>(async (request, { params }) => {
  const auth = await requireOrgContext(request, "roles.manage");
  if (!auth.ok) return errorResponse(auth);
  const body = await readJsonBody(request, updateCustomRoleSchema);
  if (!body.ok) return errorResponse(body);

  const result = await updateCustomRole(auth.ctx, (await params).id, body.data, requestMeta(request.headers));
  return result.ok ? NextResponse.json({ role: result.role }) : errorResponse(result);
});

export const DELETE = apiRoute<Params>(async (request, { params }) => {
  const auth = await requireOrgContext(request, "roles.manage");
  if (!auth.ok) return errorResponse(auth);

  const result = await deleteCustomRole(auth.ctx, (await params).id, requestMeta(request.headers));
  return result.ok ? new NextResponse(null, { status: 204 }) : errorResponse(result);
});
