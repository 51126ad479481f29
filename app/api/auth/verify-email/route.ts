import { NextResponse } from "next/server";
import { verifyEmailSchema } from "@/lib/validation/account";
import { verifyEmail } from "@/server/account/verification";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { apiRoute } from "@/server/http/route";

/** Opens a verification link (the account's address, or the new one of an email change). No session needed. */
export const POST = apiRoute(async (request) => {
  const body = await readJsonBody(request, verifyEmailSchema);
  if (!body.ok) return errorResponse(body);
  const result = await verifyEmail(body.data.token);
  if (!result.ok) return errorResponse(result);
  return NextResponse.json({ user: result.user, emailChanged: result.change });
});
