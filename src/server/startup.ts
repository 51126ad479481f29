import "server-only";
import { loadEnv, type Env } from "@/env";
import { PLANS } from "@/server/billing/plans";

export function checkConfigurationOrExit(): void {
  let env;
  try {
    env = loadEnv();
  } catch (error) {
    console.error(`\nOrgstack cannot start. ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const billing = billingProblems(env);
  if (billing) {
    console.error(`\nOrgstack cannot start. ${billing}\n`);
    process.exit(1);
  }
  if (env.NODE_ENV === "production" && env.BILLING_MODE === "development") {
    console.warn(
      "\nBILLING_MODE=development in production: every billing manager can pick any plan for free. Only for tests of a build.\n",
    );
  }
  if (env.NODE_ENV === "production" && !env.RESEND_API_KEY) {
    console.warn(
      "\nEmail is not configured (RESEND_API_KEY is not set): no email will be sent; queued emails fail and are retried for a few hours.\n",
    );
  }
}

/** Billing with Stripe needs its secret key, its webhook secret and every paid plan's price; half a setup sells nothing. */
export function billingProblems(env: Env): string | null {
  const mode = env.BILLING_MODE ?? (env.STRIPE_SECRET_KEY ? "stripe" : null);
  if (mode === "development" && env.STRIPE_SECRET_KEY)
    return "BILLING_MODE is development but STRIPE_SECRET_KEY is set: unset one of them.";
  if (mode !== "stripe") return null;
  const missing = [
    ...(env.STRIPE_SECRET_KEY ? [] : ["STRIPE_SECRET_KEY"]),
    ...(env.STRIPE_WEBHOOK_SECRET ? [] : ["STRIPE_WEBHOOK_SECRET"]),
    ...Object.values(PLANS).flatMap((plan) =>
      plan.stripePriceEnv && !env.STRIPE_PRICES[plan.stripePriceEnv] ? [plan.stripePriceEnv] : [],
    ),
  ];
  return missing.length ? `Billing with Stripe needs ${missing.join(", ")} (README: Setting up Stripe).` : null;
}
