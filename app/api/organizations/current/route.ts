import { NextResponse } from "next/server";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { apiRoute } from "@/server/http/route";

export const GET = apiRoute(async (request) => {
  const auth = await requireOrgContext(request);
  if (!auth.ok) return errorResponse(auth);
  const { organization, role, permissions } = auth.ctx;
  return NextResponse.json({ organization, role, permissions });
});
