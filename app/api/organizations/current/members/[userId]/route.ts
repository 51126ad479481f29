import { NextResponse } from "next/server";
import { changeMemberRoleSchema } from "@/lib/validation/members";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";
import { changeMemberRole, removeMember } from "@/server/members/mutations";

type Params = { userId: string };

export const PATCH = apiRoute<Params>(async (request, { params }) => {
  const auth = await requireOrgContext(request, "members.role.update");
  if (!auth.ok) return errorResponse(auth);
  const body = await readJsonBody(request, changeMemberRoleSchema);
  if (!body.ok) return errorResponse(body);

  const result = await changeMemberRole(auth.ctx, (await params).userId, body.data.role, requestMeta(request.headers));
  return result.ok ? NextResponse.json({ member: result.member }) : errorResponse(result);
});

/** Removes a member (members.remove); one's own id leaves, which any member may. */
export const DELETE = apiRoute<Params>(async (request, { params }) => {
  const auth = await requireOrgContext(request);
  if (!auth.ok) return errorResponse(auth);

  const result = await removeMember(auth.ctx, (await params).userId, requestMeta(request.headers));
  return result.ok ? new NextResponse(null, { status: 204 }) : errorResponse(result);
});
