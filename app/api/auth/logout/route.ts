import { NextResponse } from "next/server";
import { clearSessionCookie } from "@/server/auth/cookie";
import { logOut } from "@/server/auth/logout";
import { SESSION_COOKIE } from "@/server/auth/token";
import { apiRoute } from "@/server/http/route";

export const POST = apiRoute(async (request) => {
  await logOut(request.cookies.get(SESSION_COOKIE)?.value);
  const response = new NextResponse(null, { status: 204 });
  clearSessionCookie(response.cookies);
  return response;
});
