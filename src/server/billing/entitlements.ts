import "server-only";
import { fail, type Failure } from "@/server/results/result";
import { cheapestPlanWith, DEFAULT_PLAN, FEATURES, isPlanKey, PLANS, type Feature, type PlanKey, type PlanLimits } from "./plans";

/** What the per-request context query reads of an organization's billing (context.ts): its subscription row, if any. */
export type SubscriptionState = { plan: string; status: string; graceEndsAt: Date | null };
/** A live license (not revoked, not expired: the query filters them): a plan or one feature. */
export type LicenseGrant = { plan: string | null; feature: string | null };

export type Entitlements = {
  /** The plan the organization is on: its subscription's while that is in good standing, the default plan otherwise. */
  plan: PlanKey;
  /** Stripe's subscription status, or "none" without a subscription. */
  status: string;
  /** Set while a failed payment is within its grace period: paid features still work until then. */
  graceEndsAt: Date | null;
  /** The plan's features, plus those of every license. */
  features: Feature[];
  /** The plan's limits, raised by licensed plans (the larger wins; null is unlimited). */
  limits: PlanLimits;
};

// A subscription in one of these statuses is the organization's current one: it is not paid again at checkout, and
// a canceled or expired one never displaces it.
const LIVE = new Set(["trialing", "active", "past_due", "unpaid", "incomplete", "paused"]);

export function isLiveSubscription(status: string): boolean {
  return LIVE.has(status);
}

// Statuses in which a subscription's plan applies; past_due and unpaid apply only within the grace period.
const IN_GOOD_STANDING = new Set(["trialing", "active"]);
const IN_ARREARS = new Set(["past_due", "unpaid"]);

/** A subscription whose payment failed: its plan applies only until its grace period ends. */
export function isInArrears(status: string): boolean {
  return IN_ARREARS.has(status);
}

/** An organization's effective entitlements: plan ∪ licenses. Pure, so the context can compute it per request. */
export function entitlementsOf(subscription: SubscriptionState | null, licenses: LicenseGrant[], now = new Date()): Entitlements {
  const graceEndsAt =
    subscription && IN_ARREARS.has(subscription.status) && subscription.graceEndsAt && subscription.graceEndsAt > now
      ? subscription.graceEndsAt
      : null;
  const applies = subscription && isPlanKey(subscription.plan) && (IN_GOOD_STANDING.has(subscription.status) || graceEndsAt !== null);
  const plan: PlanKey = applies ? (subscription.plan as PlanKey) : DEFAULT_PLAN;

  const plans = [plan, ...licenses.flatMap((license) => (license.plan && isPlanKey(license.plan) ? [license.plan] : []))];
  const features = new Set<Feature>(plans.flatMap((key) => PLANS[key].features));
  for (const license of licenses) if (license.feature && Object.hasOwn(FEATURES, license.feature)) features.add(license.feature as Feature);

  return {
    plan,
    status: subscription?.status ?? "none",
    graceEndsAt,
    features: (Object.keys(FEATURES) as Feature[]).filter((feature) => features.has(feature)),
    limits: {
      seats: largest(plans.map((key) => PLANS[key].limits.seats)),
      projects: largest(plans.map((key) => PLANS[key].limits.projects)),
    },
  };
}

function largest(values: Array<number | null>): number | null {
  return values.includes(null) ? null : Math.max(...(values as number[]));
}

/**
 * Refuses a feature the organization's plan and licenses do not include (402 FEATURE_NOT_IN_PLAN), naming the plan
 * that has it. Call it in the service, before the work, with the context's entitlements (no database round trip).
 */
export function requireFeature(ctx: { entitlements: Entitlements }, feature: Feature): Failure | null {
  if (ctx.entitlements.features.includes(feature)) return null;
  const lifting = cheapestPlanWith(feature);
  const upgrade = lifting ? ` It is part of the ${PLANS[lifting].name} plan: upgrade on the billing page.` : "";
  return fail(
    "FEATURE_NOT_IN_PLAN",
    `${FEATURES[feature]} is not included in your organization's ${PLANS[ctx.entitlements.plan].name} plan.${upgrade}`,
  );
}

const LIMIT_NOUNS: Record<keyof PlanLimits, string> = { seats: "seats", projects: "projects" };

/**
 * The refusal of a write that would go past a limit (402 PLAN_LIMIT_REACHED), naming the cheapest plan whose limit
 * is higher. The count itself is the caller's, in the transaction of the write it guards (under lockBilling).
 */
export function limitReached(ctx: { entitlements: Entitlements }, limit: keyof PlanLimits): Failure {
  const current = ctx.entitlements.limits[limit];
  const higher = (Object.keys(PLANS) as PlanKey[]).find((key) => {
    const offered = PLANS[key].limits[limit];
    return offered === null || (current !== null && offered > current);
  });
  const upgrade = higher
    ? ` Upgrade to ${PLANS[higher].name} on the billing page for ${PLANS[higher].limits[limit] === null ? "unlimited" : `up to ${PLANS[higher].limits[limit]}`} ${LIMIT_NOUNS[limit]}.`
    : "";
  // A license may have raised the limit past the plan's own: then the plan's name would be wrong.
  const plan = PLANS[ctx.entitlements.plan];
  const whose = plan.limits[limit] === current ? `${plan.name} plan` : "plan";
  return fail(
    "PLAN_LIMIT_REACHED",
    `Your organization's ${whose} includes up to ${current} ${LIMIT_NOUNS[limit]}, and they are all in use.${upgrade}`,
  );
}
