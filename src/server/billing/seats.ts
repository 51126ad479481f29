import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { isLiveSubscription } from "./entitlements";
import { billingGateway, type BillingGateway } from "./gateway";
import { countSeats } from "./usage";

type SeatClient = Pick<PrismaClient, "subscription" | "membership">;

export type SeatSync = { organizationId: string; from: number; to: number; outcome: "updated" | "unchanged" | "no_subscription" | "failed"; error?: string };

/**
 * Makes the quantity Stripe bills for the organization's billable members now. The count is always derivable from
 * the memberships, so nothing is lost when Stripe is away: the SDK retries the call, and `npm run jobs:billing-sync`
 * (reconcileSeats) repairs whatever drift is left. Never throws.
 */
export async function syncSeats(client: SeatClient, organizationId: string, gateway: BillingGateway): Promise<SeatSync> {
  const stored = await client.subscription.findUnique({
    where: { organizationId },
    select: { seats: true, status: true, stripeSubscriptionId: true, stripeItemId: true },
  });
  if (!stored?.stripeSubscriptionId || !stored.stripeItemId || !isLiveSubscription(stored.status) || stored.status === "incomplete") {
    return { organizationId, from: stored?.seats ?? 0, to: stored?.seats ?? 0, outcome: "no_subscription" };
  }
  const seats = Math.max(1, await countSeats(client, organizationId));
  if (seats === stored.seats) return { organizationId, from: seats, to: seats, outcome: "unchanged" };
  try {
    await gateway.setSeats(stored.stripeSubscriptionId, stored.stripeItemId, seats);
  } catch (error) {
    return { organizationId, from: stored.seats, to: seats, outcome: "failed", error: error instanceof Error ? error.message : String(error) };
  }
  // Stripe's subscription.updated webhook says the same; stored now so the billing page and the next sync agree at once.
  await client.subscription.update({ where: { organizationId }, data: { seats } });
  return { organizationId, from: stored.seats, to: seats, outcome: "updated" };
}

/** After a join, a removal or a role change has committed: the seat count to Stripe, a failure only logged. */
export async function syncSeatsAfterChange(organizationId: string): Promise<void> {
  const gateway = billingGateway();
  if (!gateway) return;
  try {
    const result = await syncSeats(db, organizationId, gateway);
    if (result.outcome === "failed") console.warn(`[billing] seats of ${organizationId} not synced (${result.from} → ${result.to}): ${result.error}. npm run jobs:billing-sync repairs it.`);
  } catch (error) {
    console.warn(`[billing] seats of ${organizationId} not synced:`, error);
  }
}

/** Every organization with a live subscription whose stored seats differ from its billable members, made right. */
export async function reconcileSeats(client: SeatClient, gateway: BillingGateway): Promise<SeatSync[]> {
  const live = await client.subscription.findMany({ where: { stripeSubscriptionId: { not: null } }, select: { organizationId: true }, orderBy: { organizationId: "asc" } });
  const results: SeatSync[] = [];
  for (const { organizationId } of live) results.push(await syncSeats(client, organizationId, gateway));
  return results;
}
