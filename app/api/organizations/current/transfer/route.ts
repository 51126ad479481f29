import { NextResponse } from "next/server";
import { requestTransferSchema } from "@/lib/validation/ownership";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";
import { cancelTransfer, pendingTransfer, requestTransfer } from "@/server/ownership/transfer";

/** The waiting ownership transfer, if any: every member may know. */
export const GET = apiRoute(async (request) => {
  const auth = await requireOrgContext(request);
  if (!auth.ok) return errorResponse(auth);
  return NextResponse.json({ transfer: await pendingTransfer(auth.ctx) });
});

/** An owner nominates a member as owner (OWNER by base role; refused with 403 otherwise). */
export const POST = apiRoute(async (request) => {
  const auth = await requireOrgContext(request);
  if (!auth.ok) return errorResponse(auth);
  const body = await readJsonBody(request, requestTransferSchema);
  if (!body.ok) return errorResponse(body);

  const result = await requestTransfer(auth.ctx, body.data.userId, requestMeta(request.headers));
  return result.ok ? NextResponse.json({ transfer: result.transfer }, { status: 201 }) : errorResponse(result);
});

/** An owner cancels the nomination, or the nominee declines it. */
export const DELETE = apiRoute(async (request) => {
  const auth = await requireOrgContext(request);
  if (!auth.ok) return errorResponse(auth);
  const result = await cancelTransfer(auth.ctx, requestMeta(request.headers));
  return result.ok ? new NextResponse(null, { status: 204 }) : errorResponse(result);
});
