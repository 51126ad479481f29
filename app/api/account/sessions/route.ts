import { NextResponse } from "next/server";
import { listAccountSessions, revokeAllAccountSessions } from "@/server/account/sessions";
import { requireSession } from "@/server/auth/context";
import { clearSessionCookie } from "@/server/auth/cookie";
import { errorResponse } from "@/server/http/errors";
import { apiRoute } from "@/server/http/route";

export const GET = apiRoute(async (request) => {
  const session = await requireSession(request);
  if (!session.ok) return errorResponse(session);
  return NextResponse.json({ sessions: await listAccountSessions(session.ctx) });
});

/** Signs out everywhere, this session included. */
export const DELETE = apiRoute(async (request) => {
  const session = await requireSession(request);
  if (!session.ok) return errorResponse(session);
  await revokeAllAccountSessions(session.ctx);
  const response = new NextResponse(null, { status: 204 });
  clearSessionCookie(response.cookies);
  return response;
});
