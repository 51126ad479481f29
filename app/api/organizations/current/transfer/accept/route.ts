import { NextResponse } from "next/server";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";
import { acceptTransfer } from "@/server/ownership/transfer";

/** The nominee accepts: they become OWNER and the nominating owner ADMIN, at once. */
export const POST = apiRoute(async (request) => {
  const auth = await requireOrgContext(request);
  if (!auth.ok) return errorResponse(auth);
  const result = await acceptTransfer(auth.ctx, requestMeta(request.headers));
  if (!result.ok) return errorResponse(result);
  return NextResponse.json({ organization: auth.ctx.organization, role: "OWNER" });
});
