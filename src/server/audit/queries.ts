import "server-only";
import { pageArgs, pageOf } from "@/server/pagination";
import type { AuditQuery } from "@/lib/validation/audit";
import type { OrgContext } from "@/server/auth/context";
import { db, type Prisma } from "@/server/db";
import { readTenant } from "@/server/tenant/scope";

export type AuditEventDto = {
  id: string;
  action: string;
  actor: { id: string; name: string; email: string } | null;
  /** The organization API key that acted, when one did (then `actor` is null). */
  apiKey: { id: string; name: string; prefix: string } | null;
  targetType: string | null;
  targetId: string | null;
  metadata: Prisma.JsonValue;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
};
export type AuditPage = { events: AuditEventDto[]; nextCursor: string | null };

type Filters = Omit<AuditQuery, "cursor" | "limit">;

/** The where clause of the filters; `to` includes that whole day (UTC). */
export function auditWhere(organizationId: string, filters: Filters): Prisma.AuditEventWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = new Date(`${filters.from}T00:00:00.000Z`);
  if (filters.to) createdAt.lt = new Date(Date.parse(`${filters.to}T00:00:00.000Z`) + 86_400_000);
  return {
    organizationId,
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
  };
}

/**
 * One page of the organization's audit log, newest first, keyset-paginated on (createdAt, id) — each filter has an
 * index that leads with the organization. The cursor is the last event's id; another organization's finds no row.
 */
export async function listAuditEvents(ctx: OrgContext, query: AuditQuery): Promise<AuditPage> {
  const rows = await readTenant(ctx, (tx) =>
    tx.auditEvent.findMany({
      where: auditWhere(ctx.organization.id, query),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(query),
      select: {
        id: true,
        action: true,
        actorId: true,
        actorApiKey: { select: { id: true, name: true, prefix: true } },
        targetType: true,
        targetId: true,
        metadata: true,
        ip: true,
        userAgent: true,
        createdAt: true,
      },
    }),
  );
  const { page, nextCursor } = pageOf(rows, query.limit);
  const actors = await actorsOf(page.map((row) => row.actorId));
  return {
    events: page.map(({ actorId, actorApiKey, ...row }) => ({
      ...row,
      actor: actorId ? (actors.get(actorId) ?? null) : null,
      apiKey: actorApiKey,
    })),
    nextCursor,
  };
}

/**
 * Names of the people who acted. Read as the server role, not the tenant role: row-level security shows the tenant
 * only current members, and the log must still name someone who has since left. Only ids taken from this
 * organization's own events are looked up, so nothing about anyone else can leak.
 */
async function actorsOf(ids: Array<string | null>): Promise<Map<string, { id: string; name: string; email: string }>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true, email: true } });
  return new Map(users.map((user) => [user.id, user]));
}
