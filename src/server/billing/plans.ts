import "server-only";

/**
 * Every feature a plan or a license can grant: the entitlement keys the server checks (requireFeature) and the
 * billing page lists. A new paid feature is added here first, then to the plans that include it.
 */
export const FEATURES = {
  "custom-roles": "Custom roles",
  "invite-links": "Invite links",
  "audit.export": "Audit log export",
  "advanced-analytics": "Advanced analytics",
} as const;
export type Feature = keyof typeof FEATURES;

/** Every limit a plan sets; null is unlimited. */
export type PlanLimits = {
  /**
   * The most billable members (GUESTS_ARE_BILLABLE) the organization may have: invitations and joins beyond it are
   * refused. On a paid plan each billable member is a seat Stripe bills for (the subscription's quantity).
   */
  seats: number | null;
  projects: number | null;
};

export type Plan = {
  name: string;
  /** One line for the billing page. */
  summary: string;
  features: readonly Feature[];
  limits: PlanLimits;
  /** The configuration variable holding its Stripe price id (STRIPE_PRICE_…); null for a plan nobody pays for. */
  stripePriceEnv: `STRIPE_PRICE_${string}` | null;
  /**
   * What the billing page shows as the price, in cents per seat per month (and what the development stand-in
   * invoices). Stripe's price is what is charged: keep the two the same.
   */
  monthlyPricePerSeat: number;
  /** Days of free trial a first checkout starts with (Stripe's trial_period_days); 0 for none. */
  trialDays: number;
};

/**
 * The plans, in order from the cheapest. A fork changes what it sells here and nowhere else: names, features,
 * limits, and which Stripe price (from configuration) each one is.
 */
export const PLANS = {
  free: {
    name: "Free",
    summary: "For trying Orgstack out with a small team.",
    features: [],
    limits: { seats: 3, projects: 3 },
    stripePriceEnv: null,
    monthlyPricePerSeat: 0,
    trialDays: 0,
  },
  pro: {
    name: "Pro",
    summary: "For growing teams: custom roles, invite links, audit export.",
    features: ["custom-roles", "invite-links", "audit.export"],
    limits: { seats: 10, projects: 100 },
    stripePriceEnv: "STRIPE_PRICE_PRO",
    monthlyPricePerSeat: 1200,
    trialDays: 14,
  },
  business: {
    name: "Business",
    summary: "Everything, at any size.",
    features: ["custom-roles", "invite-links", "audit.export", "advanced-analytics"],
    limits: { seats: 50, projects: null },
    stripePriceEnv: "STRIPE_PRICE_BUSINESS",
    monthlyPricePerSeat: 2900,
    trialDays: 0,
  },
} as const satisfies Record<string, Plan>;
export type PlanKey = keyof typeof PLANS;

/** The plan of an organization without a subscription (every new one), and of every organization when billing is off. */
export const DEFAULT_PLAN: PlanKey = "free";

/** Whether guests take a seat. Members, admins and owners always do. */
export const GUESTS_ARE_BILLABLE = false;

/** How long a past-due organization keeps its paid features after a failed payment, and is told so. */
export const PAST_DUE_GRACE_DAYS = 7;

export function isPlanKey(value: string): value is PlanKey {
  return Object.hasOwn(PLANS, value);
}

/** The cheapest plan that includes `feature`: what an upgrade message names. */
export function cheapestPlanWith(feature: Feature): PlanKey | null {
  const found = (Object.keys(PLANS) as PlanKey[]).find((key) => (PLANS[key].features as readonly Feature[]).includes(feature));
  return found ?? null;
}
