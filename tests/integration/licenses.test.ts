// Licenses: a superadmin grants an organization a plan or one feature by hand, optionally until a day; effective
// entitlements are plan ∪ licenses; each grant and revocation is in the organization's own audit log.
import { describe, expect, it } from "vitest";
import { resolveSession, superadminContextOf } from "@/server/auth/context";
import { grantLicense, revokeLicense } from "@/server/billing/licenses";
import { db } from "@/server/db";
import { signUpUser } from "../support/factories";
import { declaredActions } from "../support/declared";

const META = { ip: "198.51.100.4", userAgent: "licenses test" };

async function superadmin() {
  const { user, token } = await signUpUser({ plan: null, organizationName: "Operators" });
  await db.user.update({ where: { id: user.id }, data: { isSuperadmin: true } });
  return superadminContextOf(await resolveSession(token))!;
}

const entitlementsOf = async (token: string) => (await resolveSession(token))!.entitlements!;

describe("licenses", () => {
  it("grants a plan until a day and a single feature, both counted with the subscription, and audits them", async () => {
    const admin = await superadmin();
    const customer = await signUpUser({ plan: null });
    const day = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

    expect(
      await grantLicense(admin, customer.organization.id, { grant: "plan:pro", expiresOn: day, note: "Partner deal" }, META),
    ).toMatchObject({ ok: true });
    expect(await grantLicense(admin, customer.organization.id, { grant: "feature:advanced-analytics", note: "" }, META)).toMatchObject({
      ok: true,
    });
    const licensed = await entitlementsOf(customer.token);
    expect(licensed.features).toEqual(["custom-roles", "invite-links", "audit.export", "advanced-analytics"]);
    expect(licensed.limits).toEqual({ seats: 10, projects: 100 });
    expect(
      (await db.license.findFirstOrThrow({ where: { organizationId: customer.organization.id, plan: "pro" } })).expiresAt!.toISOString(),
    ).toBe(`${day}T23:59:59.999Z`);

    const events = await db.auditEvent.findMany({
      where: { organizationId: customer.organization.id, action: "billing.license_granted" },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => [event.actorId, event.metadata])).toEqual([
      [admin.user.id, { plan: "pro", expiresAt: `${day}T23:59:59.999Z`, note: "Partner deal" }],
      [admin.user.id, { feature: "advanced-analytics", expiresAt: null, note: "" }],
    ]);
  });

  it("revokes a license from the next request, once, and only in its own organization", async () => {
    const admin = await superadmin();
    const a = await signUpUser({ plan: null });
    const b = await signUpUser({ plan: null });
    const granted = await grantLicense(admin, a.organization.id, { grant: "feature:audit.export", note: "" }, META);
    if (!granted.ok) throw new Error("grant failed");

    expect(await revokeLicense(admin, b.organization.id, granted.license.id, META)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await entitlementsOf(a.token)).features).toEqual(["audit.export"]);
    expect(await revokeLicense(admin, a.organization.id, granted.license.id, META)).toEqual({ ok: true });
    expect((await entitlementsOf(a.token)).features).toEqual([]);
    expect(await revokeLicense(admin, a.organization.id, granted.license.id, META)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.auditEvent.count({ where: { organizationId: a.organization.id, action: "billing.license_revoked" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { organizationId: b.organization.id, action: { startsWith: "billing." } } })).toBe(0);
  });

  it("refuses unknown plans and features, a past expiry and an unknown organization, writing nothing", async () => {
    const admin = await superadmin();
    const customer = await signUpUser({ plan: null });
    const before = await db.license.count();
    expect(await grantLicense(admin, customer.organization.id, { grant: "plan:enterprise", note: "" }, META)).toMatchObject({
      ok: false,
      code: "VALIDATION_FAILED",
    });
    expect(await grantLicense(admin, customer.organization.id, { grant: "feature:teleport", note: "" }, META)).toMatchObject({
      ok: false,
      code: "VALIDATION_FAILED",
    });
    expect(
      await grantLicense(admin, customer.organization.id, { grant: "plan:pro", expiresOn: "2020-01-01", note: "" }, META),
    ).toMatchObject({ ok: false, fields: { expiresOn: expect.any(String) } });
    expect(await grantLicense(admin, "cm0000000000000000000000", { grant: "plan:pro", note: "" }, META)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await db.license.count()).toBe(before);
  });

  it("lets only superadmin-declared actions grant and revoke (and start a support view)", async () => {
    const actions = await declaredActions();
    expect(
      actions
        .filter((action) => action.declaration?.access === "superadmin")
        .map((action) => `${action.file} ${action.name}`)
        .sort(),
    ).toEqual([
      "admin/organizations/[id]/actions.ts grantLicenseAction",
      "admin/organizations/[id]/actions.ts revokeLicenseAction",
      "admin/organizations/[id]/actions.ts startSupportAction",
    ]);
  });
});
