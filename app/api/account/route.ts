import { NextResponse } from "next/server";
import { deleteAccountSchema, updateProfileSchema } from "@/lib/validation/account";
import { deleteAccount } from "@/server/account/deletion";
import { pendingEmailChange, updateName } from "@/server/account/profile";
import { requireSession } from "@/server/auth/context";
import { clearSessionCookie } from "@/server/auth/cookie";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";

export const GET = apiRoute(async (request) => {
  const session = await requireSession(request);
  if (!session.ok) return errorResponse(session);
  const { id, email, name, emailVerifiedAt } = session.ctx.user;
  return NextResponse.json({ user: { id, email, name, emailVerifiedAt }, pendingEmailChange: await pendingEmailChange(id) });
});

export const PATCH = apiRoute(async (request) => {
  const session = await requireSession(request);
  if (!session.ok) return errorResponse(session);
  const body = await readJsonBody(request, updateProfileSchema);
  if (!body.ok) return errorResponse(body);
  const result = await updateName(session.ctx, body.data.name);
  if (!result.ok) return errorResponse(result);
  return NextResponse.json({ user: result.user });
});

/** Deletes the account (the password is asked again); 409 LAST_OWNER while an organization would be left ownerless. */
export const DELETE = apiRoute(async (request) => {
  const session = await requireSession(request);
  if (!session.ok) return errorResponse(session);
  const body = await readJsonBody(request, deleteAccountSchema);
  if (!body.ok) return errorResponse(body);
  const result = await deleteAccount(session.ctx, body.data.password, requestMeta(request.headers));
  if (!result.ok) return errorResponse(result);
  const response = new NextResponse(null, { status: 204 });
  clearSessionCookie(response.cookies);
  return response;
});
