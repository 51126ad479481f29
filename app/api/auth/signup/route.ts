import { NextResponse } from "next/server";
import { signupSchema } from "@/lib/validation/auth";
import { writeSessionCookie } from "@/server/auth/cookie";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";
import { signUp } from "@/server/users/signup";

export const POST = apiRoute(async (request) => {
  const body = await readJsonBody(request, signupSchema);
  if (!body.ok) return errorResponse(body);

  const result = await signUp(body.data, requestMeta(request.headers));
  if (!result.ok) return errorResponse(result);

  const response = NextResponse.json({ user: result.user, organization: result.organization, role: result.role }, { status: 201 });
  writeSessionCookie(response.cookies, result.session.token, result.session.expiresAt);
  return response;
});
