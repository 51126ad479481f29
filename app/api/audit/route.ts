import { NextResponse } from "next/server";
import { auditQuery } from "@/lib/validation/audit";
import { listAuditEvents } from "@/server/audit/queries";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { readQuery } from "@/server/http/query";
import { apiRoute } from "@/server/http/route";

export const GET = apiRoute(async (request) => {
  const auth = await requireOrgContext(request, "audit.read");
  if (!auth.ok) return errorResponse(auth);
  const query = readQuery(request, auditQuery);
  if (!query.ok) return errorResponse(query);

  return NextResponse.json(await listAuditEvents(auth.ctx, query.data));
});
