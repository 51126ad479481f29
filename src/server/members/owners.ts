import "server-only";
import type { Role, Tx } from "@/server/db";

/**
 * Locks the organization's OWNER memberships for the rest of the transaction and returns their user ids. Every
 * change that could take away an owner (demote, remove, leave, transfer) calls this first, so two of them can never
 * both see "another owner remains" and leave the organization with none: the second waits, then sees the first's
 * result.
 */
export async function lockOwners(tx: Tx, organizationId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM "Membership" WHERE "organizationId" = ${organizationId} AND role = 'OWNER' ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.userId);
}

/** The base roles of `userIds` in the organization, as of now (inside the caller's transaction). */
export async function currentRoles(tx: Tx, organizationId: string, userIds: string[]): Promise<Map<string, { id: string; role: Role }>> {
  const rows = await tx.membership.findMany({
    where: { organizationId, userId: { in: userIds } },
    select: { id: true, userId: true, role: true },
  });
  return new Map(rows.map((row) => [row.userId, { id: row.id, role: row.role }]));
}
