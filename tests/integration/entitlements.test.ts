// An organization's plan and licenses come with the request's context (src/server/billing/entitlements.ts): the
// same one query as the session and membership check, and each organization's billing rows are its own.
import { describe, expect, it } from "vitest";
import { resolveSession } from "@/server/auth/context";
import { db, queryCounter } from "@/server/db";
import { readTenant, withTenant } from "@/server/tenant/scope";
import { signUpUser } from "../support/factories";

const DAY = 24 * 60 * 60 * 1000;

async function entitlementsOf(token: string) {
  return (await resolveSession(token))!.entitlements!;
}

describe("entitlements in the request context", () => {
  it("puts a new organization on the default plan, and still checks the session in one round trip", async () => {
    const { token } = await signUpUser({ plan: null });
    const before = queryCounter.count;
    const ctx = await resolveSession(token);
    expect(queryCounter.count - before).toBe(1);
    expect(ctx!.entitlements).toEqual({ plan: "free", status: "none", graceEndsAt: null, features: [], limits: { seats: 3, projects: 3 } });
  });

  it("follows the organization's subscription, and its live licenses only", async () => {
    const { token, organization, user } = await signUpUser({ plan: null });
    await db.subscription.create({ data: { organizationId: organization.id, plan: "pro", status: "active", seats: 5 } });
    expect(await entitlementsOf(token)).toMatchObject({
      plan: "pro",
      status: "active",
      features: ["custom-roles", "invite-links", "audit.export"],
    });

    await db.license.createMany({
      data: [
        { organizationId: organization.id, feature: "advanced-analytics", grantedById: user.id },
        { organizationId: organization.id, plan: "business", expiresAt: new Date(Date.now() - DAY) },
        { organizationId: organization.id, plan: "business", revokedAt: new Date() },
      ],
    });
    const licensed = await entitlementsOf(token);
    expect(licensed.features).toContain("advanced-analytics");
    // The expired and the revoked Business licenses grant nothing: Pro's limits stand.
    expect(licensed.limits).toEqual({ seats: 10, projects: 100 });
  });

  it("never lets one organization's subscription or licenses count for another", async () => {
    const a = await signUpUser({ plan: null });
    const b = await signUpUser({ plan: null });
    await db.subscription.create({ data: { organizationId: b.organization.id, plan: "business", status: "active" } });
    await db.license.create({ data: { organizationId: b.organization.id, feature: "advanced-analytics" } });
    expect(await entitlementsOf(a.token)).toMatchObject({ plan: "free", features: [] });
    expect(await entitlementsOf(b.token)).toMatchObject({ plan: "business" });
  });

  it("refuses a license that grants both a plan and a feature, or neither", async () => {
    const { organization } = await signUpUser({ plan: null });
    await expect(db.license.create({ data: { organizationId: organization.id, plan: "pro", feature: "audit.export" } })).rejects.toThrow(
      /License_plan_or_feature/,
    );
    await expect(db.license.create({ data: { organizationId: organization.id } })).rejects.toThrow(/License_plan_or_feature/);
  });

  it("lets tenant code read its own billing rows but never write them or see another organization's", async () => {
    const a = await signUpUser({ plan: null });
    const b = await signUpUser({ plan: null });
    await db.subscription.create({ data: { organizationId: a.organization.id, plan: "pro", status: "active" } });
    await db.subscription.create({ data: { organizationId: b.organization.id, plan: "business", status: "active" } });
    await db.license.create({ data: { organizationId: b.organization.id, feature: "advanced-analytics" } });
    const tenantA = { organization: { id: a.organization.id } };

    const seen = await readTenant(tenantA, async (tx) => ({
      subscriptions: await tx.subscription.findMany(),
      licenses: await tx.license.findMany(),
    }));
    expect(seen.subscriptions.map((s) => s.organizationId)).toEqual([a.organization.id]);
    expect(seen.licenses).toEqual([]);
    await expect(
      withTenant(tenantA, (tx) => tx.subscription.update({ where: { organizationId: a.organization.id }, data: { plan: "business" } })),
    ).rejects.toThrow(/permission denied/);
    await expect(
      withTenant(tenantA, (tx) => tx.license.create({ data: { organizationId: a.organization.id, feature: "audit.export" } })),
    ).rejects.toThrow(/permission denied/);
    expect(await db.subscription.findUniqueOrThrow({ where: { organizationId: a.organization.id } })).toMatchObject({ plan: "pro" });
  });
});
