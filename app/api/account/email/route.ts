import { NextResponse } from "next/server";
import { changeEmailSchema } from "@/lib/validation/account";
import { cancelEmailChange, requestEmailChange } from "@/server/account/profile";
import { requireSession } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { apiRoute } from "@/server/http/route";

/** Starts an email change: 202, the new address gets a link; the account's address changes when it is opened. */
export const POST = apiRoute(async (request) => {
  const session = await requireSession(request);
  if (!session.ok) return errorResponse(session);
  const body = await readJsonBody(request, changeEmailSchema);
  if (!body.ok) return errorResponse(body);
  const result = await requestEmailChange(session.ctx, body.data);
  if (!result.ok) return errorResponse(result);
  return NextResponse.json({ pendingEmail: result.pendingEmail, sent: result.sent }, { status: 202 });
});

/** Cancels an email change under way. */
export const DELETE = apiRoute(async (request) => {
  const session = await requireSession(request);
  if (!session.ok) return errorResponse(session);
  await cancelEmailChange(session.ctx);
  return new NextResponse(null, { status: 204 });
});
