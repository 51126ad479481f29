import { NextResponse } from "next/server";
import { switchOrganizationSchema } from "@/lib/validation/auth";
import { resolveSession } from "@/server/auth/context";
import { writeSessionCookie } from "@/server/auth/cookie";
import { SESSION_COOKIE } from "@/server/auth/token";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { fail } from "@/server/http/result";
import { apiRoute } from "@/server/http/route";
import { switchOrganization } from "@/server/organizations/switch";

export const POST = apiRoute(async (request) => {
  const viewer = await resolveSession(request.cookies.get(SESSION_COOKIE)?.value);
  if (!viewer) return errorResponse(fail("UNAUTHENTICATED", "Sign in to continue."));
  const body = await readJsonBody(request, switchOrganizationSchema);
  if (!body.ok) return errorResponse(body);

  const switched = await switchOrganization(viewer, { id: body.data.organizationId }, requestMeta(request.headers));
  if (!switched.ok) return errorResponse(switched);
  const response = NextResponse.json({ organization: switched.organization, role: switched.role });
  writeSessionCookie(response.cookies, switched.token, viewer.session.expiresAt);
  return response;
});
