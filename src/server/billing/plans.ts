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
  /** Billable members (see `guestsAreBillable`). On a paid plan, members beyond `seats` are bought as extra seats. */
  seats: number | null;
  projects: number | null;
};

export type Plan = {
  name: string;
  /** One line for the billing page. */
  summary: string;
  features: readonly Feature[];
  limits: PlanLimits;
  /** The configuration variable holding its Stripe price id; null for a plan nobody pays for. */
  stripePriceEnv: string | null;
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
  },
  pro: {
    name: "Pro",
    summary: "For growing teams: custom roles, invite links, audit export.",
    features: ["custom-roles", "invite-links", "audit.export"],
    limits: { seats: 10, projects: 100 },
    stripePriceEnv: "STRIPE_PRICE_PRO",
  },
  business: {
    name: "Business",
    summary: "Everything, at any size.",
    features: ["custom-roles", "invite-links", "audit.export", "advanced-analytics"],
    limits: { seats: 50, projects: null },
    stripePriceEnv: "STRIPE_PRICE_BUSINESS",
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
