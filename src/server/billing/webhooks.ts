import "server-only";
import { isInArrears, isLiveSubscription } from "./entitlements";
import type Stripe from "stripe";
import { recordAudit } from "@/server/audit/record";
import { db, type Tx } from "@/server/db";
import { billingGateway, planOfPrice, type BillingGateway } from "./gateway";
import { lockBilling } from "./lock";
import { DEFAULT_PLAN, PAST_DUE_GRACE_DAYS } from "./plans";

/**
 * What processing an event did. "applied": it changed or confirmed the stored state; "stale": Stripe had produced a
 * newer state of that subscription already; "ignored": not about one of our organizations, or a type we do not use;
 * "duplicate": this event id was processed before (Stripe redelivers).
 */
export type WebhookOutcome = "applied" | "stale" | "ignored" | "duplicate";

/** The event types the endpoint acts on; configure the Stripe endpoint to send these (README). */
export const HANDLED_EVENTS = [
  "checkout.session.completed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "invoice.paid",
  "invoice.payment_failed",
] as const;

/**
 * Processes one verified event exactly once, in one transaction: its id is recorded first (a redelivery waits on
 * that row and then finds it), the state change and its audit event follow, and a failure rolls all of it back so
 * Stripe's retry processes it afresh. Events arrive in any order: each organization's events are taken one at a
 * time (lockBilling), an event older than the stored state changes nothing, and with Stripe the subscription is
 * re-read so the stored state is always Stripe's latest, whichever event brought the news.
 */
export async function processStripeEvent(event: Stripe.Event, gateway: BillingGateway | null = billingGateway()): Promise<WebhookOutcome> {
  if (!gateway) return "ignored";
  return db.$transaction(async (tx) => {
    const fresh =
      await tx.$executeRaw`INSERT INTO "StripeEvent" (id, type, outcome) VALUES (${event.id}, ${event.type}, 'processing') ON CONFLICT (id) DO NOTHING`;
    if (fresh === 0) return "duplicate";
    const outcome = await dispatch(tx, event, gateway);
    await tx.stripeEvent.update({ where: { id: event.id }, data: { outcome } });
    return outcome;
  });
}

async function dispatch(tx: Tx, event: Stripe.Event, gateway: BillingGateway): Promise<WebhookOutcome> {
  const at = new Date(event.created * 1000);
  switch (event.type) {
    case "checkout.session.completed":
      return checkoutCompleted(tx, event.data.object, at, gateway);
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted":
      return applySubscription(tx, event.data.object, at, gateway);
    case "invoice.paid":
    case "invoice.payment_failed":
      return invoiceEvent(tx, event.data.object, event.type === "invoice.paid");
    default:
      return "ignored";
  }
}

/** The customer paid: link the customer to the organization and, with Stripe, take the new subscription's state now. */
async function checkoutCompleted(tx: Tx, session: Stripe.Checkout.Session, at: Date, gateway: BillingGateway): Promise<WebhookOutcome> {
  const organizationId = session.client_reference_id ?? session.metadata?.organizationId;
  const customerId = idOf(session.customer);
  if (!organizationId || !customerId || !(await organizationExists(tx, organizationId))) return "ignored";
  await lockBilling(tx, organizationId);
  await tx.subscription.upsert({
    where: { organizationId },
    create: { organizationId, plan: DEFAULT_PLAN, status: "incomplete", stripeCustomerId: customerId },
    update: { stripeCustomerId: customerId },
  });
  const subscriptionId = idOf(session.subscription);
  // With Stripe the subscription exists already: take its state now. The stand-in sends its own subscription event.
  const current = subscriptionId ? await gateway.currentSubscription(subscriptionId) : null;
  return current ? applySubscription(tx, current, at, gateway) : "applied";
}

/**
 * Stores a subscription's state. `reported` is what the event carried; with Stripe it is re-read after the
 * organization's lock is taken, so no concurrent delivery can store an older answer over a newer one.
 */
async function applySubscription(tx: Tx, reported: Stripe.Subscription, at: Date, gateway: BillingGateway): Promise<WebhookOutcome> {
  const reportedCustomer = idOf(reported.customer);
  const organizationId =
    reported.metadata?.organizationId ?? (reportedCustomer ? await organizationOfCustomer(tx, reportedCustomer) : null);
  if (!organizationId || !(await organizationExists(tx, organizationId))) return "ignored";
  await lockBilling(tx, organizationId);
  const subscription = (await gateway.currentSubscription(reported.id)) ?? reported;
  const customerId = idOf(subscription.customer);
  const item = subscription.items.data[0];
  const plan = item ? planOfPrice(item.price.id, gateway) : null;
  if (!item || !plan) {
    console.warn(
      `Stripe subscription ${subscription.id} sells no plan of src/server/billing/plans.ts (price ${item?.price.id ?? "none"}): ignored.`,
    );
    return "ignored";
  }

  const stored = await tx.subscription.findUnique({ where: { organizationId } });
  if (stored?.stripeStateAt && at < stored.stripeStateAt && stored.stripeSubscriptionId === subscription.id) return "stale";
  // Another subscription of the same organization (an old one being canceled, a second checkout) takes over only
  // while it is live: the end of an old subscription must not end the current one.
  const storedIsLive = stored?.stripeSubscriptionId && isLiveSubscription(stored.status);
  if (storedIsLive && stored.stripeSubscriptionId !== subscription.id && !isLiveSubscription(subscription.status)) return "ignored";

  const inArrears = isInArrears(subscription.status);
  const state = {
    plan,
    status: subscription.status,
    stripeCustomerId: customerId,
    stripeSubscriptionId: subscription.id,
    stripeItemId: item.id,
    seats: item.quantity ?? 0,
    currentPeriodEnd: item.current_period_end ? new Date(item.current_period_end * 1000) : null,
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    trialEndsAt: subscription.trial_end ? new Date(subscription.trial_end * 1000) : null,
    // A payment that failed starts the grace period once; paying (or leaving arrears any other way) ends it.
    graceEndsAt: inArrears ? (stored?.graceEndsAt ?? graceFrom(at)) : null,
    stripeStateAt: at,
  };
  await tx.subscription.upsert({ where: { organizationId }, create: { organizationId, ...state }, update: state });

  const changed =
    !stored ||
    stored.plan !== state.plan ||
    stored.status !== state.status ||
    stored.seats !== state.seats ||
    stored.cancelAtPeriodEnd !== state.cancelAtPeriodEnd ||
    stored.stripeSubscriptionId !== state.stripeSubscriptionId;
  if (changed) {
    await recordAudit(tx, {
      organizationId,
      actorId: null,
      action: "billing.subscription_changed",
      targetType: "subscription",
      targetId: subscription.id,
      metadata: {
        from: stored ? { plan: stored.plan, status: stored.status, seats: stored.seats } : null,
        to: { plan: state.plan, status: state.status, seats: state.seats },
        cancelAtPeriodEnd: state.cancelAtPeriodEnd,
      },
    });
  }
  return "applied";
}

/** Invoices are kept for the billing page; a failed payment starts the grace period, a paid one ends it. */
async function invoiceEvent(tx: Tx, invoice: Stripe.Invoice, paid: boolean): Promise<WebhookOutcome> {
  const customerId = idOf(invoice.customer);
  const organizationId = invoice.metadata?.organizationId ?? (customerId ? await organizationOfCustomer(tx, customerId) : null);
  if (!organizationId || !(await organizationExists(tx, organizationId)) || !invoice.id) return "ignored";
  await lockBilling(tx, organizationId);

  const row = {
    number: invoice.number,
    status: invoice.status ?? (paid ? "paid" : "open"),
    amountDue: invoice.amount_due,
    amountPaid: invoice.amount_paid,
    currency: invoice.currency,
    hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
    issuedAt: new Date(invoice.created * 1000),
  };
  await tx.invoice.upsert({ where: { id: invoice.id }, create: { id: invoice.id, organizationId, ...row }, update: row });

  const stored = await tx.subscription.findUnique({
    where: { organizationId },
    select: { status: true, graceEndsAt: true, stripeSubscriptionId: true },
  });
  const subscriptionId = invoice.parent?.subscription_details?.subscription;
  if (!stored || (subscriptionId && idOf(subscriptionId) !== stored.stripeSubscriptionId)) return "applied";

  if (!paid && !stored.graceEndsAt && (stored.status === "active" || isInArrears(stored.status))) {
    const graceEndsAt = graceFrom(new Date());
    await tx.subscription.update({
      where: { organizationId },
      data: { status: isInArrears(stored.status) ? stored.status : "past_due", graceEndsAt },
    });
    await auditPayment(tx, organizationId, stored.stripeSubscriptionId ?? invoice.id, "billing.payment_failed", {
      invoice: invoice.id,
      amountDue: invoice.amount_due,
      currency: invoice.currency,
      graceEndsAt: graceEndsAt.toISOString(),
    });
  }
  if (paid && isInArrears(stored.status)) {
    await tx.subscription.update({ where: { organizationId }, data: { status: "active", graceEndsAt: null } });
    await auditPayment(tx, organizationId, stored.stripeSubscriptionId ?? invoice.id, "billing.payment_recovered", {
      invoice: invoice.id,
      amountPaid: invoice.amount_paid,
      currency: invoice.currency,
    });
  }
  return "applied";
}

/** Stripe is the actor of what a webhook records: no member did it. */
async function auditPayment(
  tx: Tx,
  organizationId: string,
  targetId: string,
  action: "billing.payment_failed" | "billing.payment_recovered",
  metadata: Record<string, string | number>,
) {
  await recordAudit(tx, { organizationId, actorId: null, action, targetType: "subscription", targetId, metadata });
}

function graceFrom(start: Date): Date {
  return new Date(start.getTime() + PAST_DUE_GRACE_DAYS * 24 * 60 * 60 * 1000);
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === "string" ? value : value.id;
}

async function organizationOfCustomer(tx: Tx, customerId: string): Promise<string | null> {
  const row = await tx.subscription.findUnique({ where: { stripeCustomerId: customerId }, select: { organizationId: true } });
  return row?.organizationId ?? null;
}

async function organizationExists(tx: Tx, organizationId: string): Promise<boolean> {
  return (await tx.organization.count({ where: { id: organizationId } })) === 1;
}
