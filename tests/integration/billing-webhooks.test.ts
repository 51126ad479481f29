// The Stripe webhook endpoint (app/api/webhooks/stripe): events signed with the SDK's own test-header helper, then
// replayed as Stripe really delivers them — twice, late, out of order, forged — against the real database.
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as webhookRoute } from "../../app/api/webhooks/stripe/route";
import { resolveSession } from "@/server/auth/context";
import { db } from "@/server/db";
import {
  devCheckoutSession,
  devEvent,
  devId,
  devInvoice,
  devSubscription,
  type DevSubscriptionState,
} from "@/server/billing/development-stripe";
import { stripeClient, stripeGateway, webhookSecret } from "@/server/billing/gateway";
import { processStripeEvent } from "@/server/billing/webhooks";
import { signUpUser } from "../support/factories";
import { call } from "../support/http";
import { startStripeCapture, type StripeCapture } from "../support/stripe-capture";

const signer = new Stripe("sk_test_signer");
const DAY = 24 * 60 * 60 * 1000;
// The capture server's subscriptions are built like the stand-in's, so they carry its prices.
const PRICES = { pro: "price_dev_pro", business: "price_dev_business" };

async function deliver(event: Stripe.Event, options: { secret?: string; timestamp?: number; body?: string } = {}) {
  const payload = options.body ?? JSON.stringify(event);
  const signature = signer.webhooks.generateTestHeaderString({
    payload: JSON.stringify(event),
    secret: options.secret ?? webhookSecret()!,
    timestamp: options.timestamp,
  });
  return call(webhookRoute, "POST", "/api/webhooks/stripe", { rawBody: payload, headers: { "stripe-signature": signature } });
}

async function outcomeOf(event: Stripe.Event) {
  const response = await deliver(event);
  expect(response.status).toBe(200);
  return ((await response.json()) as { outcome: string }).outcome;
}

async function newCustomer(plan: DevSubscriptionState["plan"] = "pro") {
  const owner = await signUpUser({ plan: null });
  const state: DevSubscriptionState = {
    organizationId: owner.organization.id,
    customerId: devId("cus"),
    subscriptionId: devId("sub"),
    itemId: devId("si"),
    plan,
    status: "active",
    seats: 1,
    cancelAtPeriodEnd: false,
    trialEnd: null,
    periodEnd: new Date(Date.now() + 30 * DAY),
  };
  return { owner, state };
}

async function planOf(token: string) {
  return (await resolveSession(token))!.entitlements!;
}

const subscriptionRow = (organizationId: string) => db.subscription.findUnique({ where: { organizationId } });
const billingEvents = (organizationId: string) =>
  db.auditEvent.findMany({
    where: { organizationId, action: { startsWith: "billing." } },
    orderBy: { createdAt: "asc" },
    select: { action: true, metadata: true },
  });

describe("Stripe webhooks", () => {
  it("upgrades the organization on checkout, with its audit event in the same transaction", async () => {
    const { owner, state } = await newCustomer();
    expect(await outcomeOf(devEvent("checkout.session.completed", devCheckoutSession(state)))).toBe("applied");
    expect(await outcomeOf(devEvent("customer.subscription.created", devSubscription(state)))).toBe("applied");

    expect(await planOf(owner.token)).toMatchObject({
      plan: "pro",
      status: "active",
      features: ["custom-roles", "invite-links", "audit.export"],
    });
    expect(await subscriptionRow(owner.organization.id)).toMatchObject({
      stripeCustomerId: state.customerId,
      stripeSubscriptionId: state.subscriptionId,
      seats: 1,
    });
    expect(await billingEvents(owner.organization.id)).toEqual([
      { action: "billing.subscription_changed", metadata: expect.objectContaining({ to: { plan: "pro", status: "active", seats: 1 } }) },
    ]);
  });

  it("refuses a forged signature, a signature over another body, and a stale timestamp with 400, writing nothing", async () => {
    const { owner, state } = await newCustomer();
    const event = devEvent("customer.subscription.created", devSubscription(state));
    const eventsBefore = await db.stripeEvent.count();

    const forged = await deliver(event, { secret: "whsec_not_the_endpoints" });
    const tampered = await deliver(event, { body: JSON.stringify({ ...event, id: "evt_other" }) });
    const stale = await deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    const unsigned = await call(webhookRoute, "POST", "/api/webhooks/stripe", { rawBody: JSON.stringify(event) });
    for (const response of [forged, tampered, stale, unsigned]) {
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: "INVALID_SIGNATURE", message: expect.any(String) } });
    }
    expect(await db.stripeEvent.count()).toBe(eventsBefore);
    expect(await subscriptionRow(owner.organization.id)).toBeNull();
    expect(await planOf(owner.token)).toMatchObject({ plan: "free" });
  });

  it("processes a redelivered event once: the duplicate is a 200 that changes nothing", async () => {
    const { owner, state } = await newCustomer();
    const created = devEvent("customer.subscription.created", devSubscription(state));
    expect(await outcomeOf(created)).toBe("applied");
    // Between the two deliveries the subscription moved on; replaying the old event must not move it back.
    expect(
      await outcomeOf(devEvent("customer.subscription.updated", devSubscription({ ...state, seats: 4 }), new Date(Date.now() + 1000))),
    ).toBe("applied");
    expect(await outcomeOf(created)).toBe("duplicate");
    expect((await subscriptionRow(owner.organization.id))!.seats).toBe(4);
    expect(await billingEvents(owner.organization.id)).toHaveLength(2);
  });

  it("processes the same event delivered concurrently exactly once", async () => {
    const { owner, state } = await newCustomer();
    const event = devEvent("customer.subscription.created", devSubscription(state));
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => outcomeOf(event)));
    expect(outcomes.sort()).toEqual(["applied", "duplicate", "duplicate", "duplicate", "duplicate"]);
    expect(await billingEvents(owner.organization.id)).toHaveLength(1);
  });

  it("never rolls the subscription back when events arrive out of order", async () => {
    const { owner, state } = await newCustomer("business");
    const t = Date.now();
    const created = devEvent("customer.subscription.created", devSubscription(state), new Date(t));
    const canceledAtPeriodEnd = devEvent(
      "customer.subscription.updated",
      devSubscription({ ...state, cancelAtPeriodEnd: true }),
      new Date(t + 60_000),
    );
    const deleted = devEvent(
      "customer.subscription.deleted",
      devSubscription({ ...state, status: "canceled", cancelAtPeriodEnd: true }),
      new Date(t + 120_000),
    );

    // Delivered newest first: the deletion wins and the older two are stale.
    expect(await outcomeOf(deleted)).toBe("applied");
    expect(await outcomeOf(created)).toBe("stale");
    expect(await outcomeOf(canceledAtPeriodEnd)).toBe("stale");
    expect(await subscriptionRow(owner.organization.id)).toMatchObject({ status: "canceled", plan: "business" });
    expect(await planOf(owner.token)).toMatchObject({ plan: "free", status: "canceled", features: [] });
  });

  it("lets the end of an old subscription not end the organization's new one", async () => {
    const { owner, state } = await newCustomer("pro");
    await outcomeOf(devEvent("customer.subscription.created", devSubscription(state)));
    const replacement = { ...state, subscriptionId: devId("sub"), itemId: devId("si"), plan: "business" as const };
    await outcomeOf(devEvent("customer.subscription.created", devSubscription(replacement), new Date(Date.now() + 1000)));
    expect(
      await outcomeOf(
        devEvent("customer.subscription.deleted", devSubscription({ ...state, status: "canceled" }), new Date(Date.now() + 2000)),
      ),
    ).toBe("ignored");
    expect(await planOf(owner.token)).toMatchObject({ plan: "business", status: "active" });
  });

  it("keeps paid features through the grace period after a failed payment, says until when, and restores on payment", async () => {
    const { owner, state } = await newCustomer("pro");
    await outcomeOf(devEvent("customer.subscription.created", devSubscription(state)));
    expect(await outcomeOf(devEvent("invoice.payment_failed", devInvoice(state, { paid: false, amount: 1200 })))).toBe("applied");

    const pastDue = await planOf(owner.token);
    expect(pastDue).toMatchObject({ plan: "pro", status: "past_due", features: ["custom-roles", "invite-links", "audit.export"] });
    expect(pastDue.graceEndsAt!.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
    expect(
      await db.invoice.findMany({ where: { organizationId: owner.organization.id }, select: { status: true, amountDue: true } }),
    ).toEqual([{ status: "open", amountDue: 1200 }]);

    // Once the grace period is over the paid features stop; nothing of the organization's is deleted.
    await db.subscription.update({ where: { organizationId: owner.organization.id }, data: { graceEndsAt: new Date(Date.now() - 1000) } });
    expect(await planOf(owner.token)).toMatchObject({ plan: "free", status: "past_due", features: [] });

    expect(await outcomeOf(devEvent("invoice.paid", devInvoice(state, { paid: true, amount: 1200 })))).toBe("applied");
    expect(await planOf(owner.token)).toMatchObject({ plan: "pro", status: "active", graceEndsAt: null });
    expect((await billingEvents(owner.organization.id)).map((event) => event.action)).toEqual([
      "billing.subscription_changed",
      "billing.payment_failed",
      "billing.payment_recovered",
    ]);
  });

  it("ignores events about customers it does not know and prices it does not sell, and types it does not handle", async () => {
    const { owner, state } = await newCustomer();
    const stranger = devSubscription({ ...state, organizationId: "not-an-organization" });
    expect(await outcomeOf(devEvent("customer.subscription.created", stranger))).toBe("ignored");
    const otherProduct = devSubscription(state);
    otherProduct.items.data[0]!.price.id = "price_of_another_product";
    otherProduct.metadata = { organizationId: state.organizationId };
    expect(await outcomeOf(devEvent("customer.subscription.created", otherProduct))).toBe("ignored");
    expect(await outcomeOf(devEvent("customer.created", { id: state.customerId }))).toBe("ignored");
    expect(await subscriptionRow(owner.organization.id)).toBeNull();
  });

  it("answers 400 with nothing written for a signed body that is not an event", async () => {
    const payload = "not json";
    const signature = signer.webhooks.generateTestHeaderString({ payload, secret: webhookSecret()! });
    const response = await call(webhookRoute, "POST", "/api/webhooks/stripe", {
      rawBody: payload,
      headers: { "stripe-signature": signature },
    });
    expect(response.status).toBe(400);
  });
});

describe("Stripe webhooks against Stripe's API (the real SDK and a capture server)", () => {
  let capture: StripeCapture;
  beforeAll(async () => {
    capture = await startStripeCapture();
  });
  afterAll(async () => {
    await capture.stop();
  });

  it("re-reads the subscription from Stripe, so whichever event arrives last, the newest state is stored", async () => {
    const gateway = stripeGateway(stripeClient("sk_test_capture", capture.url), PRICES);
    const { owner, state } = await newCustomer("pro");
    const real = (overrides: Partial<DevSubscriptionState>) =>
      devSubscription({ ...state, ...overrides }) as unknown as { id: string } & Record<string, unknown>;

    // Stripe has the subscription at 5 seats by now; an old event saying 1 seat arrives late.
    capture.storeSubscription(real({ seats: 5 }));
    expect(await processStripeEvent(devEvent("customer.subscription.created", devSubscription(state)), gateway)).toBe("applied");
    expect(await subscriptionRow(owner.organization.id)).toMatchObject({ seats: 5, plan: "pro" });
    expect(
      capture.requests().some((request) => request.method === "GET" && request.path === `/v1/subscriptions/${state.subscriptionId}`),
    ).toBe(true);
  });

  it("rolls the event back when Stripe cannot be reached, so Stripe's retry processes it", async () => {
    const gateway = stripeGateway(stripeClient("sk_test_capture", capture.url), PRICES);
    const { owner, state } = await newCustomer("pro");
    const event = devEvent("customer.subscription.created", devSubscription(state));
    capture.failNext(`/v1/subscriptions/${state.subscriptionId}`, 3);
    await expect(processStripeEvent(event, gateway)).rejects.toThrow();
    expect(await db.stripeEvent.findUnique({ where: { id: event.id } })).toBeNull();
    expect(await subscriptionRow(owner.organization.id)).toBeNull();

    capture.storeSubscription(devSubscription(state) as unknown as { id: string });
    expect(await processStripeEvent(event, gateway)).toBe("applied");
  });
});
