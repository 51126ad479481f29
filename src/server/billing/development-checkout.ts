import "server-only";
import type Stripe from "stripe";
import type { OrgContext } from "@/server/auth/context";
import { db } from "@/server/db";
import { fail, type Result } from "@/server/results/result";
import type { DevPortalSchema } from "@/lib/validation/billing";
import {
  devCheckoutSession,
  devEvent,
  devId,
  devInvoice,
  devSubscription,
  sendDevWebhooks,
  type DevSubscriptionState,
} from "./development-stripe";
import { billingGateway } from "./gateway";
import { isPlanKey, PLANS, type PlanKey } from "./plans";
import { countSeats } from "./usage";

const DAY = 24 * 60 * 60 * 1000;

/**
 * The development checkout's "Pay": what Stripe would send after a real payment — checkout completed, subscription
 * created, first invoice paid — signed and posted to the app's own webhook endpoint. Only in development mode.
 */
export async function completeDevCheckout(ctx: OrgContext, planKey: string): Promise<Result<object>> {
  if (billingGateway()?.mode !== "development") return fail("NOT_FOUND", "The development checkout is off on this server.");
  if (!isPlanKey(planKey) || !PLANS[planKey].stripePriceEnv) return fail("VALIDATION_FAILED", "Choose one of the paid plans.");
  const stored = await db.subscription.findUnique({ where: { organizationId: ctx.organization.id } });
  if (!stored?.stripeCustomerId) return fail("NOT_FOUND", "Start from the billing page: this checkout has no customer.");
  const trialDays = stored.stripeSubscriptionId ? 0 : PLANS[planKey].trialDays;
  const now = Date.now();
  const state: DevSubscriptionState = {
    organizationId: ctx.organization.id,
    customerId: stored.stripeCustomerId,
    subscriptionId: devId("sub"),
    itemId: devId("si"),
    plan: planKey,
    status: trialDays > 0 ? "trialing" : "active",
    seats: Math.max(1, await countSeats(db, ctx.organization.id)),
    cancelAtPeriodEnd: false,
    trialEnd: trialDays > 0 ? new Date(now + trialDays * DAY) : null,
    periodEnd: new Date(now + (trialDays > 0 ? trialDays : 30) * DAY),
  };
  await sendDevWebhooks([
    devEvent("checkout.session.completed", devCheckoutSession(state)),
    devEvent("customer.subscription.created", devSubscription(state)),
    devEvent("invoice.paid", devInvoice(state, { paid: true, amount: trialDays > 0 ? 0 : amountOf(state) })),
  ]);
  return { ok: true };
}

/** The development portal: the changes a customer (or Stripe's dunning) makes to a subscription, sent as webhooks. */
export async function changeDevSubscription(ctx: OrgContext, input: DevPortalSchema): Promise<Result<object>> {
  if (billingGateway()?.mode !== "development") return fail("NOT_FOUND", "The development portal is off on this server.");
  const stored = await db.subscription.findUnique({ where: { organizationId: ctx.organization.id } });
  if (!stored?.stripeSubscriptionId || !stored.stripeCustomerId || !isPlanKey(stored.plan) || stored.status === "canceled") {
    return fail("NOT_FOUND", "This organization has no subscription to change.");
  }
  const state: DevSubscriptionState = {
    organizationId: ctx.organization.id,
    customerId: stored.stripeCustomerId,
    subscriptionId: stored.stripeSubscriptionId,
    itemId: stored.stripeItemId ?? devId("si"),
    plan: stored.plan,
    status: stored.status as Stripe.Subscription.Status,
    seats: stored.seats,
    cancelAtPeriodEnd: stored.cancelAtPeriodEnd,
    trialEnd: stored.trialEndsAt,
    periodEnd: stored.currentPeriodEnd ?? new Date(Date.now() + 30 * DAY),
  };
  const events = eventsFor(state, input.change, input.plan);
  if (!events.ok) return events;
  await sendDevWebhooks(events.events);
  return { ok: true };
}

function eventsFor(
  state: DevSubscriptionState,
  change: DevPortalSchema["change"],
  plan: string | undefined,
): Result<{ events: Stripe.Event[] }> {
  const updated = (next: DevSubscriptionState) => devEvent("customer.subscription.updated", devSubscription(next));
  switch (change) {
    case "switch_plan":
      if (!plan || !isPlanKey(plan) || !PLANS[plan].stripePriceEnv) return fail("VALIDATION_FAILED", "Choose one of the paid plans.");
      return { ok: true, events: [updated({ ...state, plan })] };
    case "cancel_at_period_end":
      return { ok: true, events: [updated({ ...state, cancelAtPeriodEnd: true })] };
    case "resume":
      return { ok: true, events: [updated({ ...state, cancelAtPeriodEnd: false })] };
    case "cancel_now":
      return { ok: true, events: [devEvent("customer.subscription.deleted", devSubscription({ ...state, status: "canceled" }))] };
    case "fail_payment":
      return {
        ok: true,
        events: [
          devEvent("invoice.payment_failed", devInvoice(state, { paid: false, amount: amountOf(state) })),
          updated({ ...state, status: "past_due" }),
        ],
      };
    case "pay":
      return {
        ok: true,
        events: [
          devEvent("invoice.paid", devInvoice(state, { paid: true, amount: amountOf(state) })),
          updated({ ...state, status: "active" }),
        ],
      };
  }
}

function amountOf(state: { plan: PlanKey; seats: number }): number {
  return PLANS[state.plan].monthlyPricePerSeat * state.seats;
}
