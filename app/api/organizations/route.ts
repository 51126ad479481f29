import { NextResponse } from "next/server";
import { createOrganizationSchema } from "@/lib/validation/auth";
import { SESSION_COOKIE } from "@/server/auth/token";
import { resolveSession } from "@/server/auth/context";
import { writeSessionCookie } from "@/server/auth/cookie";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { fail } from "@/server/http/result";
import { apiRoute } from "@/server/http/route";
import { createOrganizationForUser } from "@/server/organizations/create-for-user";

/** Any signed-in user may create an organization; they become its owner and it becomes their active one. */
export const POST = apiRoute(async (request) => {
  const viewer = await resolveSession(request.cookies.get(SESSION_COOKIE)?.value);
  if (!viewer) return errorResponse(fail("UNAUTHENTICATED", "Sign in to continue."));
  const body = await readJsonBody(request, createOrganizationSchema);
  if (!body.ok) return errorResponse(body);

  const created = await createOrganizationForUser(viewer, body.data, requestMeta(request.headers));
  if (!created.ok) return errorResponse(created);
  const response = NextResponse.json({ organization: created.organization, role: "OWNER" }, { status: 201 });
  writeSessionCookie(response.cookies, created.token, viewer.session.expiresAt);
  return response;
});
