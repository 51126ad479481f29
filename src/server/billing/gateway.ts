import "server-only";
import { createHmac } from "node:crypto";
import Stripe from "stripe";
import { env } from "@/env";
import { PLANS, type PlanKey } from "./plans";

export type BillingMode = "stripe" | "development" | "off";

/**
 * What billing does with the outside world: Stripe's API, or, without keys in development, the stand-in checkout
 * (app/dev/checkout) that answers as Stripe would by sending the app signed webhooks. The services take one as an
 * argument defaulting to this server's, so the tests can point the real SDK at a capture server.
 */
export type BillingGateway = {
  mode: "stripe" | "development";
  /** The Stripe price each paid plan is sold at; null for a plan nobody pays for. */
  priceOf(plan: PlanKey): string | null;
  /** A Stripe customer for the organization; called once per organization (its id is kept on the Subscription row). */
  createCustomer(organization: { id: string; name: string }, email: string): Promise<string>;
  /** Where to send the billing manager to pay for `plan` with `seats` seats. */
  checkoutUrl(input: CheckoutInput): Promise<string>;
  /** Where to send the billing manager to change or cancel the subscription and see invoices. */
  portalUrl(customerId: string, returnUrl: string): Promise<string>;
  /** The subscription as Stripe has it now, or null where there is no Stripe to ask (development: the event is the state). */
  currentSubscription(id: string): Promise<Stripe.Subscription | null>;
  /** Sets the seat count Stripe bills for (prorated). */
  setSeats(subscriptionId: string, itemId: string, seats: number): Promise<void>;
};

export type CheckoutInput = {
  organizationId: string;
  customerId: string;
  plan: PlanKey;
  seats: number;
  trialDays: number;
  successUrl: string;
  cancelUrl: string;
};

export function billingMode(): BillingMode {
  if (env.BILLING_MODE) return env.BILLING_MODE;
  if (env.STRIPE_SECRET_KEY) return "stripe";
  return env.NODE_ENV === "production" ? "off" : "development";
}

let serverGateway: BillingGateway | null | undefined;

/** This server's gateway, or null when billing is off. */
export function billingGateway(): BillingGateway | null {
  if (serverGateway !== undefined) return serverGateway;
  const mode = billingMode();
  serverGateway =
    mode === "stripe"
      ? stripeGateway(stripeClient(requiredKey(), env.STRIPE_API_URL))
      : mode === "development"
        ? developmentGateway()
        : null;
  return serverGateway;
}

function requiredKey(): string {
  if (!env.STRIPE_SECRET_KEY) throw new Error("BILLING_MODE is stripe but STRIPE_SECRET_KEY is not set.");
  return env.STRIPE_SECRET_KEY;
}

/** The official SDK, optionally aimed at another Stripe-compatible API (a test's capture server). */
export function stripeClient(secretKey: string, apiUrl?: string): Stripe {
  const target = apiUrl ? new URL(apiUrl) : null;
  return new Stripe(secretKey, {
    ...(target
      ? {
          host: target.hostname,
          port: Number(target.port || (target.protocol === "https:" ? 443 : 80)),
          protocol: target.protocol.replace(":", "") as "http" | "https",
        }
      : {}),
    // A checkout click waits on this; Stripe answers in well under a second.
    timeout: 10_000,
    maxNetworkRetries: 2,
    telemetry: false,
  });
}

/**
 * The secret webhooks are signed with: the endpoint's from Stripe, or in development one derived from JWT_SECRET, so
 * the stand-in checkout signs what it sends and a forged event is refused there too.
 */
export function webhookSecret(): string | null {
  if (env.STRIPE_WEBHOOK_SECRET) return env.STRIPE_WEBHOOK_SECRET;
  if (billingMode() !== "development") return null;
  return `whsec_dev_${createHmac("sha256", env.JWT_SECRET).update("orgstack development stripe webhooks").digest("base64url")}`;
}

/** Each paid plan's price from its STRIPE_PRICE_… variable. */
export function configuredPrices(): Partial<Record<PlanKey, string>> {
  const prices: Partial<Record<PlanKey, string>> = {};
  for (const plan of Object.keys(PLANS) as PlanKey[]) {
    const variable = PLANS[plan].stripePriceEnv;
    const price = variable ? env.STRIPE_PRICES[variable] : undefined;
    if (price) prices[plan] = price;
  }
  return prices;
}

/** Which plan a Stripe price is, or null for a price this app does not sell (another product on the same account). */
export function planOfPrice(priceId: string, gateway: Pick<BillingGateway, "priceOf">): PlanKey | null {
  return (Object.keys(PLANS) as PlanKey[]).find((plan) => gateway.priceOf(plan) === priceId) ?? null;
}

export function stripeGateway(stripe: Stripe, prices: Partial<Record<PlanKey, string>> = configuredPrices()): BillingGateway {
  return {
    mode: "stripe",
    priceOf: (plan) => prices[plan] ?? null,
    async createCustomer(organization, email) {
      const customer = await stripe.customers.create(
        { name: organization.name, email, metadata: { organizationId: organization.id } },
        // One customer per organization even if two billing managers click at once, or a click is retried.
        { idempotencyKey: `orgstack-customer-${organization.id}` },
      );
      return customer.id;
    },
    async checkoutUrl(input) {
      const price = prices[input.plan];
      if (!price) throw new Error(`No Stripe price is configured for the ${input.plan} plan (${PLANS[input.plan].stripePriceEnv}).`);
      const metadata = { organizationId: input.organizationId, plan: input.plan };
      const session = await stripe.checkout.sessions.create({
        mode: "subscription",
        customer: input.customerId,
        client_reference_id: input.organizationId,
        line_items: [{ price, quantity: input.seats }],
        metadata,
        subscription_data: { metadata, ...(input.trialDays > 0 ? { trial_period_days: input.trialDays } : {}) },
        success_url: input.successUrl,
        cancel_url: input.cancelUrl,
      });
      if (!session.url) throw new Error("Stripe returned a checkout session without a URL.");
      return session.url;
    },
    async portalUrl(customerId, returnUrl) {
      const session = await stripe.billingPortal.sessions.create({ customer: customerId, return_url: returnUrl });
      return session.url;
    },
    async currentSubscription(id) {
      return stripe.subscriptions.retrieve(id);
    },
    async setSeats(subscriptionId, itemId, seats) {
      await stripe.subscriptions.update(subscriptionId, {
        items: [{ id: itemId, quantity: seats }],
        proration_behavior: "create_prorations",
      });
    },
  };
}

/** Development without Stripe: the checkout and portal are pages of this app (app/dev/checkout). */
export function developmentGateway(): BillingGateway {
  return {
    mode: "development",
    priceOf: (plan) => (PLANS[plan].stripePriceEnv ? `price_dev_${plan}` : null),
    async createCustomer(organization) {
      return `cus_dev_${organization.id}`;
    },
    async checkoutUrl(input) {
      const query = new URLSearchParams({ plan: input.plan, seats: String(input.seats) });
      return `/dev/checkout?${query}`;
    },
    async portalUrl() {
      return "/dev/checkout/portal";
    },
    async currentSubscription() {
      return null;
    },
    async setSeats() {
      // The stand-in has no subscription of its own: the Subscription row's seats are the whole truth.
    },
  };
}
