import "server-only";
import { csvLine } from "@/lib/csv";
import type { AuditQuery } from "@/lib/validation/audit";
import type { OrgContext } from "@/server/auth/context";
import type { RequestMeta } from "@/server/http/request-meta";
import { withTenant } from "@/server/tenant/scope";
import { listAuditEvents } from "./queries";
import { audit } from "./record";

/** At most this many events per export: a larger log is exported in date ranges. */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;
const BATCH = 1_000;

const HEADER = [
  "time",
  "action",
  "actor name",
  "actor email",
  "actor id",
  "target type",
  "target id",
  "metadata",
  "ip",
  "user agent",
  "api key id",
  "api key name",
];

/**
 * The filtered log as CSV, streamed a thousand events at a time (keyset pages), so a large log never sits in memory.
 * The export itself is recorded first: who took a copy of the log is part of the log.
 */
export async function exportAuditCsv(
  ctx: OrgContext,
  filters: Omit<AuditQuery, "cursor" | "limit">,
  meta: RequestMeta,
): Promise<ReadableStream<Uint8Array>> {
  await withTenant(ctx, (tx) =>
    audit(tx, ctx, meta, { action: "audit.exported", targetType: "organization", targetId: ctx.organization.id, metadata: { ...filters } }),
  );
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let written = 0;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvLine(HEADER)));
        return;
      }
      const limit = Math.min(BATCH, AUDIT_EXPORT_MAX_ROWS - written);
      const page = limit > 0 ? await listAuditEvents(ctx, { ...filters, cursor, limit }) : { events: [], nextCursor: null };
      const lines = page.events.map((event) =>
        csvLine([
          event.createdAt.toISOString(),
          event.action,
          event.actor?.name,
          event.actor?.email,
          event.actor?.id,
          event.targetType,
          event.targetId,
          JSON.stringify(event.metadata),
          event.ip,
          event.userAgent,
          event.apiKey?.id,
          event.apiKey?.name,
        ]),
      );
      written += page.events.length;
      if (lines.length) controller.enqueue(encoder.encode(lines.join("")));
      cursor = page.nextCursor ?? undefined;
      if (!page.nextCursor || written >= AUDIT_EXPORT_MAX_ROWS) controller.close();
    },
  });
}
