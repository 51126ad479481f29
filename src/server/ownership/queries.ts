import "server-only";
import type { MemberContext } from "@/server/auth/context";
import type { Role } from "@/server/db";
import { readTenant } from "@/server/tenant/scope";

type Person = { id: string; name: string; email: string };
export type TransferDto = { id: string; from: Person; to: Person; expiresAt: Date; createdAt: Date };

const personSelect = { select: { user: { select: { id: true, name: true, email: true } } } } as const;
export const transferSelect = { id: true, expiresAt: true, createdAt: true, from: personSelect, to: personSelect } as const;

export function toTransferDto(row: {
  id: string;
  expiresAt: Date;
  createdAt: Date;
  from: { user: Person };
  to: { user: Person };
}): TransferDto {
  return { id: row.id, from: row.from.user, to: row.to.user, expiresAt: row.expiresAt, createdAt: row.createdAt };
}

/**
 * The organization's nomination that can still be accepted, or null. Any member may see it: it is their own
 * organization. A nomination that expired, or whose owner has since lost the role, is as good as gone.
 */
export async function pendingTransferFor(ctx: MemberContext): Promise<TransferDto | null> {
  const row = await readTenant(ctx, (tx) =>
    tx.ownershipTransfer.findFirst({
      where: { organizationId: ctx.organization.id, expiresAt: { gt: new Date() }, from: { role: "OWNER" } },
      select: transferSelect,
    }),
  );
  return row ? toTransferDto(row) : null;
}

export type TransferCandidate = Person & { role: Role };

/** How many members the nomination form lists; a bigger organization types the nominee's email instead. */
export const CANDIDATE_LIST_LIMIT = 200;

/**
 * The members an owner may nominate (everyone but the owners), by name — or null when there are more than a select
 * can sensibly hold.
 */
export async function transferCandidates(ctx: MemberContext): Promise<TransferCandidate[] | null> {
  const rows = await readTenant(ctx, (tx) =>
    tx.membership.findMany({
      where: { organizationId: ctx.organization.id, role: { not: "OWNER" } },
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      take: CANDIDATE_LIST_LIMIT + 1,
      relationLoadStrategy: "join",
      select: { role: true, user: { select: { id: true, name: true, email: true } } },
    }),
  );
  if (rows.length > CANDIDATE_LIST_LIMIT) return null;
  return rows.map((row) => ({ ...row.user, role: row.role }));
}
