import { NextResponse } from "next/server";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";
import { revokeInviteLink } from "@/server/invite-links/mutations";

export const DELETE = apiRoute<{ id: string }>(async (request, { params }) => {
  const auth = await requireOrgContext(request, "members.invite");
  if (!auth.ok) return errorResponse(auth);

  const result = await revokeInviteLink(auth.ctx, (await params).id, requestMeta(request.headers));
  return result.ok ? new NextResponse(null, { status: 204 }) : errorResponse(result);
});
