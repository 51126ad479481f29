import { listAuditEvents } from "@/server/audit/queries";
import { auditOperations } from "@/server/audit/operations";
import { json, orgRoute } from "@/server/http/declare-route";

export const GET = orgRoute(auditOperations.list, async ({ ctx, query }) => json(await listAuditEvents(ctx, query)));
