import "server-only";
import type { Role, Tx } from "@/server/db";
import { GUESTS_ARE_BILLABLE } from "./plans";

/** Whether a member with this base role is billed for (GUESTS_ARE_BILLABLE). */
export function takesSeat(role: Role): boolean {
  return GUESTS_ARE_BILLABLE || role !== "GUEST";
}

/** The organization's billable members: what the seat limit counts and what Stripe bills for on a paid plan. */
export async function countSeats(tx: Pick<Tx, "membership">, organizationId: string): Promise<number> {
  return tx.membership.count({ where: { organizationId, ...(GUESTS_ARE_BILLABLE ? {} : { role: { not: "GUEST" } }) } });
}

/** Pending email invitations that will take a seat when accepted. */
export async function countPendingSeats(tx: Tx, organizationId: string): Promise<number> {
  return tx.invitation.count({
    where: {
      organizationId,
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: new Date() },
      ...(GUESTS_ARE_BILLABLE ? {} : { role: { not: "GUEST" } }),
    },
  });
}
