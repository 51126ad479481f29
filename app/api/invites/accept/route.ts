import { NextResponse } from "next/server";
import { acceptInviteSchema } from "@/lib/validation/invites";
import { resolveSession } from "@/server/auth/context";
import { writeSessionCookie } from "@/server/auth/cookie";
import { SESSION_COOKIE } from "@/server/auth/token";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { fail } from "@/server/http/result";
import { apiRoute } from "@/server/http/route";
import { acceptInvite } from "@/server/invites/accept";

/** Accepting switches the session to the organization joined, like the accept page does. */
export const POST = apiRoute(async (request) => {
  const viewer = await resolveSession(request.cookies.get(SESSION_COOKIE)?.value);
  if (!viewer) return errorResponse(fail("UNAUTHENTICATED", "Sign in (or sign up) with the invited email address to accept."));
  const body = await readJsonBody(request, acceptInviteSchema);
  if (!body.ok) return errorResponse(body);

  const joined = await acceptInvite(viewer, body.data.token, requestMeta(request.headers));
  if (!joined.ok) return errorResponse(joined);
  const response = NextResponse.json({ organization: joined.organization, role: joined.role });
  writeSessionCookie(response.cookies, joined.token, viewer.session.expiresAt);
  return response;
});
