import { NextResponse } from "next/server";
import { changePasswordSchema } from "@/lib/validation/account";
import { changePassword } from "@/server/account/profile";
import { requireSession } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { apiRoute } from "@/server/http/route";

/** Changes the password; every other session is signed out, this one stays. */
export const POST = apiRoute(async (request) => {
  const session = await requireSession(request);
  if (!session.ok) return errorResponse(session);
  const body = await readJsonBody(request, changePasswordSchema);
  if (!body.ok) return errorResponse(body);
  const result = await changePassword(session.ctx, body.data);
  if (!result.ok) return errorResponse(result);
  return NextResponse.json({ revokedSessions: result.revokedSessions });
});
