import { describe, expect, it } from "vitest";
import type { Env } from "@/env";
import { billingProblems } from "./startup";

const base = { STRIPE_PRICES: {} } as unknown as Env;

describe("billingProblems", () => {
  it("lets a server without Stripe start, and one with the whole setup", () => {
    expect(billingProblems(base)).toBeNull();
    expect(billingProblems({ ...base, BILLING_MODE: "development" })).toBeNull();
    expect(
      billingProblems({
        ...base,
        STRIPE_SECRET_KEY: "sk_test_1",
        STRIPE_WEBHOOK_SECRET: "whsec_1",
        STRIPE_PRICES: { STRIPE_PRICE_PRO: "price_1", STRIPE_PRICE_BUSINESS: "price_2" },
      }),
    ).toBeNull();
  });

  it("names what half a Stripe setup lacks, and refuses the stand-in beside a real key", () => {
    expect(billingProblems({ ...base, STRIPE_SECRET_KEY: "sk_test_1", STRIPE_PRICES: { STRIPE_PRICE_PRO: "price_1" } })).toBe(
      "Billing with Stripe needs STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_BUSINESS (README: Setting up Stripe).",
    );
    expect(billingProblems({ ...base, BILLING_MODE: "stripe" })).toMatch(
      /needs STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_PRO, STRIPE_PRICE_BUSINESS/,
    );
    expect(billingProblems({ ...base, BILLING_MODE: "development", STRIPE_SECRET_KEY: "sk_test_1" })).toMatch(/unset one of them/);
  });
});
