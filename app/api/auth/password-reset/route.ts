import { NextResponse } from "next/server";
import { requestPasswordResetSchema } from "@/lib/validation/account";
import { PASSWORD_RESET_REQUESTED, requestPasswordReset } from "@/server/account/password-reset";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";

/** Always the same 202 for a well-formed address, whether or not an account has it. */
export const POST = apiRoute(async (request) => {
  const body = await readJsonBody(request, requestPasswordResetSchema);
  if (!body.ok) return errorResponse(body);
  const limited = await requestPasswordReset(body.data.email, requestMeta(request.headers));
  if (limited) return errorResponse(limited);
  return NextResponse.json({ message: PASSWORD_RESET_REQUESTED }, { status: 202 });
});
