import "server-only";
import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import { env } from "@/env";
import { developmentGateway, webhookSecret } from "./gateway";
import type { PlanKey } from "./plans";

/**
 * The stand-in for Stripe in development (BILLING_MODE=development): builds the events Stripe would send, in
 * Stripe's shapes (the fields the app reads), signs them with the SDK's own helper and posts them to the app's
 * webhook endpoint, so the stand-in checkout and portal exercise the real webhook path, like /dev/mailbox does email.
 */

export type DevSubscriptionState = {
  organizationId: string;
  customerId: string;
  subscriptionId: string;
  itemId: string;
  plan: PlanKey;
  status: Stripe.Subscription.Status;
  seats: number;
  cancelAtPeriodEnd: boolean;
  trialEnd: Date | null;
  periodEnd: Date;
};

export function devId(prefix: string): string {
  return `${prefix}_dev_${randomBytes(9).toString("base64url")}`;
}

export function devSubscription(state: DevSubscriptionState): Stripe.Subscription {
  const price = developmentGateway().priceOf(state.plan) ?? `price_dev_${state.plan}`;
  return {
    id: state.subscriptionId,
    object: "subscription",
    customer: state.customerId,
    status: state.status,
    cancel_at_period_end: state.cancelAtPeriodEnd,
    trial_end: state.trialEnd ? seconds(state.trialEnd) : null,
    metadata: { organizationId: state.organizationId, plan: state.plan },
    items: {
      object: "list",
      data: [
        {
          id: state.itemId,
          object: "subscription_item",
          quantity: state.seats,
          current_period_end: seconds(state.periodEnd),
          price: { id: price, object: "price" },
        },
      ],
    },
  } as unknown as Stripe.Subscription;
}

export function devCheckoutSession(state: DevSubscriptionState): Stripe.Checkout.Session {
  return {
    id: devId("cs"),
    object: "checkout.session",
    mode: "subscription",
    customer: state.customerId,
    subscription: state.subscriptionId,
    client_reference_id: state.organizationId,
    metadata: { organizationId: state.organizationId, plan: state.plan },
  } as unknown as Stripe.Checkout.Session;
}

export function devInvoice(state: DevSubscriptionState, input: { paid: boolean; amount: number }): Stripe.Invoice {
  return {
    id: devId("in"),
    object: "invoice",
    customer: state.customerId,
    number: `DEV-${Date.now().toString(36).toUpperCase()}`,
    status: input.paid ? "paid" : "open",
    amount_due: input.amount,
    amount_paid: input.paid ? input.amount : 0,
    currency: "usd",
    hosted_invoice_url: null,
    created: seconds(new Date()),
    metadata: { organizationId: state.organizationId },
    parent: { type: "subscription_details", subscription_details: { subscription: state.subscriptionId } },
  } as unknown as Stripe.Invoice;
}

/** An event as Stripe wraps an object; `created` is its time in whole seconds, as Stripe's is. */
export function devEvent(type: string, object: { id?: string }, created = new Date()): Stripe.Event {
  return {
    id: devId("evt"),
    object: "event",
    type,
    created: seconds(created),
    livemode: false,
    data: { object },
  } as unknown as Stripe.Event;
}

/** Signs the events as Stripe would and posts them, one after another, to this app's webhook endpoint. */
export async function sendDevWebhooks(events: Stripe.Event[]): Promise<void> {
  const secret = webhookSecret();
  if (!secret) throw new Error("Billing is not in development mode: there is no stand-in to send webhooks.");
  for (const event of events) {
    const payload = JSON.stringify(event);
    const response = await fetch(`${env.APP_URL}/api/webhooks/stripe`, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret }) },
      body: payload,
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`The webhook endpoint answered ${response.status} to ${event.type}: ${await response.text()}`);
  }
}

function seconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
