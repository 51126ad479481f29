import { NextResponse } from "next/server";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";
import { resendInvite } from "@/server/invites/mutations";

export const POST = apiRoute<{ id: string }>(async (request, { params }) => {
  const auth = await requireOrgContext(request, "members.invite");
  if (!auth.ok) return errorResponse(auth);

  const result = await resendInvite(auth.ctx, (await params).id, requestMeta(request.headers));
  return result.ok ? NextResponse.json({ invite: result.invite }) : errorResponse(result);
});
