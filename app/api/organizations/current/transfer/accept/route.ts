import { NextResponse } from "next/server";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";
import { acceptTransfer } from "@/server/ownership/accept-transfer";

/** The nominee accepts: they become OWNER and the nominating owner ADMIN, at once. Anyone else: 404. */
export const POST = apiRoute(async (request) => {
  const auth = await requireOrgContext(request);
  if (!auth.ok) return errorResponse(auth);
  const result = await acceptTransfer(auth.ctx, requestMeta(request.headers));
  if (!result.ok) return errorResponse(result);
  return NextResponse.json({ organization: result.organization, role: result.role });
});
