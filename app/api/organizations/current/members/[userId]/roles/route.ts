import { NextResponse } from "next/server";
import { assignCustomRolesSchema } from "@/lib/validation/roles";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";
import { setMemberCustomRoles } from "@/server/roles/mutations";

type Params = { userId: string };

/** Replaces the custom roles a member holds on top of their base role. */
export const PUT = apiRoute<Params>(async (request, { params }) => {
  const auth = await requireOrgContext(request, "roles.manage");
  if (!auth.ok) return errorResponse(auth);
  const body = await readJsonBody(request, assignCustomRolesSchema);
  if (!body.ok) return errorResponse(body);

  const result = await setMemberCustomRoles(auth.ctx, (await params).userId, body.data.customRoleIds, requestMeta(request.headers));
  return result.ok ? NextResponse.json({ member: result.member }) : errorResponse(result);
});
