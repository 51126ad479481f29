import { auditQuery } from "@/lib/validation/audit";
import { exportAuditCsv } from "@/server/audit/export";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { readQuery } from "@/server/http/query";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";

/** The audit log as a CSV download, with the same filters as GET /api/audit. */
export const GET = apiRoute(async (request) => {
  const auth = await requireOrgContext(request, "audit.read");
  if (!auth.ok) return errorResponse(auth);
  const query = readQuery(request, auditQuery);
  if (!query.ok) return errorResponse(query);

  const { cursor: _cursor, limit: _limit, ...filters } = query.data;
  const stream = await exportAuditCsv(auth.ctx, filters, requestMeta(request.headers));
  const filename = `audit-${auth.ctx.organization.slug}-${new Date().toISOString().slice(0, 10)}.csv`;
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
});
