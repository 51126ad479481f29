import { NextResponse } from "next/server";
import { requestTransferSchema } from "@/lib/validation/ownership";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";
import { pendingTransferFor } from "@/server/ownership/queries";
import { closeTransfer, requestTransfer, requireOwner } from "@/server/ownership/transfer-requests";

/** The nomination waiting for its nominee, or null: every member may know. */
export const GET = apiRoute(async (request) => {
  const auth = await requireOrgContext(request);
  if (!auth.ok) return errorResponse(auth);
  return NextResponse.json({ transfer: await pendingTransferFor(auth.ctx) });
});

/** An owner nominates a member as owner; it replaces any waiting nomination. OWNER by base role, else 403. */
export const POST = apiRoute(async (request) => {
  const auth = await requireOrgContext(request);
  if (!auth.ok) return errorResponse(auth);
  const allowed = requireOwner(auth.ctx);
  if (!allowed.ok) return errorResponse(allowed);
  const body = await readJsonBody(request, requestTransferSchema);
  if (!body.ok) return errorResponse(body);

  const result = await requestTransfer(auth.ctx, { userId: body.data.userId }, requestMeta(request.headers));
  return result.ok ? NextResponse.json({ transfer: result.transfer }, { status: 201 }) : errorResponse(result);
});

/** An owner cancels the nomination, or the nominee declines it. */
export const DELETE = apiRoute(async (request) => {
  const auth = await requireOrgContext(request);
  if (!auth.ok) return errorResponse(auth);
  const result = await closeTransfer(auth.ctx, requestMeta(request.headers));
  return result.ok ? new NextResponse(null, { status: 204 }) : errorResponse(result);
});
