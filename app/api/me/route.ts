import { NextResponse } from "next/server";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { apiRoute } from "@/server/http/route";
import { describeMe } from "@/server/users/me";

export const GET = apiRoute(async (request) => {
  const auth = await requireOrgContext(request);
  if (!auth.ok) return errorResponse(auth);
  return NextResponse.json(await describeMe(auth.ctx));
});
