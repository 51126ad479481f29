import { describe, expect, it } from "vitest";
import { entitlementsOf, limitReached, requireFeature } from "./entitlements";
import { DEFAULT_PLAN, PLANS } from "./plans";

const NOW = new Date("2026-12-01T12:00:00Z");
const later = new Date("2026-12-05T12:00:00Z");
const earlier = new Date("2026-11-30T12:00:00Z");

describe("entitlements", () => {
  it("gives an organization without a subscription the default plan", () => {
    expect(entitlementsOf(null, [], NOW)).toEqual({
      plan: DEFAULT_PLAN,
      status: "none",
      graceEndsAt: null,
      features: [],
      limits: PLANS.free.limits,
    });
  });

  it("applies a trialing or active subscription's plan", () => {
    for (const status of ["trialing", "active"]) {
      const e = entitlementsOf({ plan: "pro", status, graceEndsAt: null }, [], NOW);
      expect(e).toMatchObject({ plan: "pro", status, limits: PLANS.pro.limits });
      expect(e.features).toEqual(["custom-roles", "invite-links", "audit.export"]);
    }
  });

  it("keeps a past-due organization on its plan during the grace period, and says until when; then the default plan", () => {
    expect(entitlementsOf({ plan: "pro", status: "past_due", graceEndsAt: later }, [], NOW)).toMatchObject({
      plan: "pro",
      graceEndsAt: later,
    });
    expect(entitlementsOf({ plan: "pro", status: "past_due", graceEndsAt: earlier }, [], NOW)).toMatchObject({
      plan: "free",
      status: "past_due",
      graceEndsAt: null,
      features: [],
    });
    expect(entitlementsOf({ plan: "pro", status: "unpaid", graceEndsAt: null }, [], NOW)).toMatchObject({ plan: "free" });
  });

  it("falls back to the default plan for a canceled, incomplete or paused subscription, or an unknown plan", () => {
    for (const status of ["canceled", "incomplete", "incomplete_expired", "paused"]) {
      expect(entitlementsOf({ plan: "business", status, graceEndsAt: later }, [], NOW).plan).toBe("free");
    }
    expect(entitlementsOf({ plan: "platinum", status: "active", graceEndsAt: null }, [], NOW).plan).toBe("free");
  });

  it("adds licensed features and plans: features united, the larger limit wins, unlimited beats any number", () => {
    const e = entitlementsOf({ plan: "pro", status: "active", graceEndsAt: null }, [{ plan: null, feature: "advanced-analytics" }], NOW);
    expect(e.features).toContain("advanced-analytics");
    expect(e.limits).toEqual(PLANS.pro.limits);
    const licensedBusiness = entitlementsOf(null, [{ plan: "business", feature: null }], NOW);
    expect(licensedBusiness).toMatchObject({ plan: "free", limits: { seats: 50, projects: null } });
    expect(licensedBusiness.features).toEqual(PLANS.business.features);
    expect(
      entitlementsOf(
        null,
        [
          { plan: null, feature: "no-such-feature" },
          { plan: "no-such-plan", feature: null },
        ],
        NOW,
      ).features,
    ).toEqual([]);
  });
});

describe("requireFeature", () => {
  it("passes an included feature and refuses another with 402 FEATURE_NOT_IN_PLAN, naming the plan that has it", () => {
    const pro = { entitlements: entitlementsOf({ plan: "pro", status: "active", graceEndsAt: null }, [], NOW) };
    expect(requireFeature(pro, "audit.export")).toBeNull();
    expect(requireFeature(pro, "advanced-analytics")).toEqual({
      ok: false,
      code: "FEATURE_NOT_IN_PLAN",
      message:
        "Advanced analytics is not included in your organization's Pro plan. It is part of the Business plan: upgrade on the billing page.",
    });
    const free = { entitlements: entitlementsOf(null, [], NOW) };
    expect(requireFeature(free, "custom-roles")?.message).toMatch(/Free plan\. It is part of the Pro plan/);
  });
});

describe("limitReached", () => {
  it("names the plan's own limit and the cheapest plan with a higher one", () => {
    const free = { entitlements: entitlementsOf(null, [], NOW) };
    expect(limitReached(free, "seats")).toEqual({
      ok: false,
      code: "PLAN_LIMIT_REACHED",
      message:
        "Your organization's Free plan includes up to 3 seats, and they are all in use. Upgrade to Pro on the billing page for up to 10 seats.",
    });
    const pro = { entitlements: entitlementsOf({ plan: "pro", status: "active", graceEndsAt: null }, [], NOW) };
    expect(limitReached(pro, "projects").message).toMatch(
      /Pro plan includes up to 100 projects.*Upgrade to Business on the billing page for unlimited projects\.$/,
    );
  });

  it("does not call a limit a license raised the plan's, and offers no upgrade past the largest plan", () => {
    const licensed = { entitlements: entitlementsOf(null, [{ plan: "pro", feature: null }], NOW) };
    expect(limitReached(licensed, "seats").message).toMatch(/^Your organization's plan includes up to 10 seats/);
    const business = { entitlements: entitlementsOf({ plan: "business", status: "active", graceEndsAt: null }, [], NOW) };
    expect(limitReached(business, "seats").message).toBe(
      "Your organization's Business plan includes up to 50 seats, and they are all in use.",
    );
  });
});
