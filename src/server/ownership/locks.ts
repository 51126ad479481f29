import "server-only";
import type { Role, Tx } from "@/server/db";

export type LockedTransfer = { id: string; fromMembershipId: string; toMembershipId: string; expiresAt: Date };

/**
 * Locks the organization's nomination row (at most one: organizationId is unique) for the rest of the transaction.
 * A nomination deleted meanwhile — cancelled, declined, accepted, or gone with a member who left — is null.
 */
export async function lockTransfer(tx: Tx, organizationId: string): Promise<LockedTransfer | null> {
  const rows = await tx.$queryRaw<LockedTransfer[]>`
    SELECT id, "fromMembershipId", "toMembershipId", "expiresAt"
    FROM "OwnershipTransfer" WHERE "organizationId" = ${organizationId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** Locks both memberships of a nomination and returns them as they are now (a removed member is missing). */
export async function lockMemberships(tx: Tx, organizationId: string, ids: string[]): Promise<Map<string, { userId: string; role: Role }>> {
  const rows = await tx.$queryRaw<Array<{ id: string; userId: string; role: Role }>>`
    SELECT id, "userId", role::text AS role FROM "Membership"
    WHERE "organizationId" = ${organizationId} AND id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
  return new Map(rows.map((row) => [row.id, { userId: row.userId, role: row.role }]));
}
