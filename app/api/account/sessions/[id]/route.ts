import { NextResponse } from "next/server";
import { revokeAccountSession } from "@/server/account/sessions";
import { requireSession } from "@/server/auth/context";
import { clearSessionCookie } from "@/server/auth/cookie";
import { errorResponse } from "@/server/http/errors";
import { fail } from "@/server/http/result";
import { apiRoute } from "@/server/http/route";
import { isId } from "@/server/ids";

/** Signs one session out. Revoking the current one is signing out: the cookie goes too. */
export const DELETE = apiRoute<{ id: string }>(async (request, { params }) => {
  const session = await requireSession(request);
  if (!session.ok) return errorResponse(session);
  const { id } = await params;
  if (!isId(id)) return errorResponse(fail("NOT_FOUND", "That session has ended already, or is not one of yours."));
  const result = await revokeAccountSession(session.ctx, id);
  if (!result.ok) return errorResponse(result);
  const response = new NextResponse(null, { status: 204 });
  if (result.current) clearSessionCookie(response.cookies);
  return response;
});
