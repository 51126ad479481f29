import { exportAuditCsv } from "@/server/audit/export";
import { auditOperations } from "@/server/audit/operations";
import { orgRoute } from "@/server/http/declare-route";

/** The audit log as a CSV download, with the same filters as GET /api/audit. */
export const GET = orgRoute(auditOperations.export, async ({ ctx, query, meta }) => {
  const { cursor: _cursor, limit: _limit, ...filters } = query;
  const stream = await exportAuditCsv(ctx, filters, meta);
  const filename = `audit-${ctx.organization.slug}-${new Date().toISOString().slice(0, 10)}.csv`;
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
});
