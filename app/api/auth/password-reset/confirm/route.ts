import { NextResponse } from "next/server";
import { resetPasswordSchema } from "@/lib/validation/account";
import { resetPassword } from "@/server/account/password-reset";
import { clearSessionCookie } from "@/server/auth/cookie";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { apiRoute } from "@/server/http/route";

/** Sets the new password and ends every session of the account: the caller signs in again. */
export const POST = apiRoute(async (request) => {
  const body = await readJsonBody(request, resetPasswordSchema);
  if (!body.ok) return errorResponse(body);
  const result = await resetPassword(body.data);
  if (!result.ok) return errorResponse(result);
  const response = new NextResponse(null, { status: 204 });
  clearSessionCookie(response.cookies);
  return response;
});
