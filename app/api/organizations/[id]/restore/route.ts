import { NextResponse } from "next/server";
import { resolveSession } from "@/server/auth/context";
import { writeSessionCookie } from "@/server/auth/cookie";
import { SESSION_COOKIE } from "@/server/auth/token";
import { errorResponse } from "@/server/http/errors";
import { requestMeta } from "@/server/http/request-meta";
import { fail } from "@/server/http/result";
import { apiRoute } from "@/server/http/route";
import { restoreOrganization } from "@/server/organizations/deletion";

/** An owner restores a deleted organization within its grace period and is switched into it. */
export const POST = apiRoute<{ id: string }>(async (request, { params }) => {
  const viewer = await resolveSession(request.cookies.get(SESSION_COOKIE)?.value);
  if (!viewer) return errorResponse(fail("UNAUTHENTICATED", "Sign in to continue."));

  const restored = await restoreOrganization(viewer, (await params).id, requestMeta(request.headers));
  if (!restored.ok) return errorResponse(restored);
  const response = NextResponse.json({ organization: restored.organization, role: restored.role });
  writeSessionCookie(response.cookies, restored.token, viewer.session.expiresAt);
  return response;
});
