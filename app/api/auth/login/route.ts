import { NextResponse } from "next/server";
import { loginSchema } from "@/lib/validation/auth";
import { writeSessionCookie } from "@/server/auth/cookie";
import { logIn } from "@/server/auth/login";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";

export const POST = apiRoute(async (request) => {
  const body = await readJsonBody(request, loginSchema);
  if (!body.ok) return errorResponse(body);

  const result = await logIn(body.data, requestMeta(request.headers));
  if (!result.ok) return errorResponse(result);

  const response = NextResponse.json({ user: result.user, organization: result.organization, role: result.role });
  writeSessionCookie(response.cookies, result.session.token, result.session.expiresAt);
  return response;
});
