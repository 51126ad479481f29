import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import { enqueue } from "@/server/jobs/enqueue";
import type { JobData } from "@/server/jobs/queues";
import { isLiveSubscription } from "./entitlements";
import { billingGateway, type BillingGateway } from "./gateway";
import { countSeats } from "./usage";

type SeatClient = Pick<PrismaClient, "subscription" | "membership">;

export type SeatSync = {
  organizationId: string;
  from: number;
  to: number;
  outcome: "updated" | "unchanged" | "no_subscription" | "failed";
  error?: string;
};

/**
 * Makes the quantity Stripe bills for the organization's billable members now. The count is always derivable from
 * the memberships, so nothing is lost when Stripe is away: the queue retries the job, and `npm run jobs:billing-sync`
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
    return {
      organizationId,
      from: stored.seats,
      to: seats,
      outcome: "failed",
      error: error instanceof Error ? error.message : String(error),
    };
  }
  // Stripe's subscription.updated webhook says the same; stored now so the billing page and the next sync agree at once.
  await client.subscription.update({ where: { organizationId }, data: { seats } });
  return { organizationId, from: stored.seats, to: seats, outcome: "updated" };
}

/**
 * Queues the seat count's way to Stripe in the transaction of a join, a removal or a role change: the worker sends
 * it after the commit, and retries while Stripe does not answer (nothing when billing is off).
 */
export async function queueSeatSync(tx: Pick<Tx, "$queryRawUnsafe">, organizationId: string): Promise<void> {
  if (!billingGateway()) return;
  await enqueue(tx, "billing-seat-sync", { organizationId });
}

/** The "billing-seat-sync" job: the count to Stripe now; a failure throws, so the queue tries again later. */
export async function runSeatSyncJob(job: { data: JobData["billing-seat-sync"] }): Promise<void> {
  const gateway = billingGateway();
  if (!gateway) return;
  const result = await syncSeats(db, job.data.organizationId, gateway);
  if (result.outcome === "failed")
    throw new Error(`seats of ${job.data.organizationId} not synced (${result.from} → ${result.to}): ${result.error}`);
}

/** Every organization with a live subscription whose stored seats differ from its billable members, made right. */
export async function reconcileSeats(client: SeatClient, gateway: BillingGateway): Promise<SeatSync[]> {
  const live = await client.subscription.findMany({
    where: { stripeSubscriptionId: { not: null } },
    select: { organizationId: true },
    orderBy: { organizationId: "asc" },
  });
  const results: SeatSync[] = [];
  for (const { organizationId } of live) results.push(await syncSeats(client, organizationId, gateway));
  return results;
}
