// Plans enforced on the server: features an operation declares, the project and seat limits counted in the
// transaction of the write they guard (racing writes cannot pass them together), and the refusal's code and message.
// Checkout and portal go through the real Stripe SDK to a local capture server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as auditExportRoute } from "../../app/api/audit/export/route";
import { POST as createProjectRoute } from "../../app/api/projects/route";
import { POST as createRoleRoute } from "../../app/api/roles/route";
import { orgContextOf, resolveSession } from "@/server/auth/context";
import { startCheckout, openPortal } from "@/server/billing/checkout";
import { stripeClient, stripeGateway } from "@/server/billing/gateway";
import { db } from "@/server/db";
import { signUpUser, uniqueEmail } from "../support/factories";
import { call } from "../support/http";
import { accept, createLink, invite, inviteAndReadToken } from "../support/invites";
import { startStripeCapture, type StripeCapture } from "../support/stripe-capture";
import { createProject, memberOf } from "../support/tenants";

const META = { ip: "203.0.113.9", userAgent: "billing test" };

async function errorOf(response: Response) {
  return { status: response.status, ...((await response.json()) as { error: { code: string; message: string } }).error };
}

describe("features a plan grants", () => {
  it("refuses audit export, custom roles and invite links on the Free plan with 402 naming the plan that has them", async () => {
    const { token } = await signUpUser({ plan: null });
    expect(await errorOf(await call(auditExportRoute, "GET", "/api/audit/export", { token }))).toEqual({
      status: 402,
      code: "FEATURE_NOT_IN_PLAN",
      message:
        "Audit log export is not included in your organization's Free plan. It is part of the Pro plan: upgrade on the billing page.",
    });
    expect(
      await errorOf(
        await call(createRoleRoute, "POST", "/api/roles", { token, body: { name: "Reviewers", permissions: ["projects.read"] } }),
      ),
    ).toMatchObject({
      status: 402,
      code: "FEATURE_NOT_IN_PLAN",
    });
    expect((await createLink(token, { role: "MEMBER" }).catch((error: Error) => error)).toString()).toMatch(/402/);
    expect(await db.customRole.count({ where: { name: "Reviewers" } })).toBe(0);
  });

  it("grants a feature by a single-feature license, and tells a member without the permission nothing about plans", async () => {
    const owner = await signUpUser({ plan: null });
    const member = await memberOf(owner.organization.id, "MEMBER");
    expect((await call(auditExportRoute, "GET", "/api/audit/export", { token: member.token })).status).toBe(403);
    await db.license.create({ data: { organizationId: owner.organization.id, feature: "audit.export" } });
    expect((await call(auditExportRoute, "GET", "/api/audit/export", { token: owner.token })).status).toBe(200);
    expect(
      (await call(createRoleRoute, "POST", "/api/roles", { token: owner.token, body: { name: "Still not", permissions: [] } })).status,
    ).toBe(402);
  });
});

describe("the project limit", () => {
  it("refuses the project past the limit with 402 PLAN_LIMIT_REACHED naming the next plan, writing nothing", async () => {
    const { token, organization } = await signUpUser({ plan: null });
    for (const name of ["One", "Two", "Three"]) await createProject(token, name);
    expect(await errorOf(await call(createProjectRoute, "POST", "/api/projects", { token, body: { name: "Four" } }))).toEqual({
      status: 402,
      code: "PLAN_LIMIT_REACHED",
      message:
        "Your organization's Free plan includes up to 3 projects, and they are all in use. Upgrade to Pro on the billing page for up to 100 projects.",
    });
    expect(await db.project.count({ where: { organizationId: organization.id } })).toBe(3);
    expect(await db.auditEvent.count({ where: { organizationId: organization.id, action: "project.created" } })).toBe(3);
  });

  it("lets exactly the projects that fit through when ten are created at once", async () => {
    const { token, organization } = await signUpUser({ plan: null });
    await createProject(token, "Existing");
    const statuses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(createProjectRoute, "POST", "/api/projects", { token, body: { name: `Race ${i}` } }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((status) => status === 201)).toHaveLength(2);
    expect(statuses.filter((status) => status === 402)).toHaveLength(8);
    expect(await db.project.count({ where: { organizationId: organization.id } })).toBe(3);
  });

  it("lifts the limit with the plan: a Business subscription has none", async () => {
    const { token, organization } = await signUpUser({ plan: null });
    await db.subscription.create({ data: { organizationId: organization.id, plan: "business", status: "active" } });
    for (let i = 0; i < 4; i++) await createProject(token, `P${i}`);
    expect(await db.project.count({ where: { organizationId: organization.id } })).toBe(4);
  });
});

describe("seats", () => {
  it("refuses an invitation that would promise more seats than the plan has; guests take none", async () => {
    const owner = await signUpUser({ plan: null });
    expect((await invite(owner.token, uniqueEmail("one"))).status).toBe(201);
    expect((await invite(owner.token, uniqueEmail("two"))).status).toBe(201);
    // Owner + two pending = the Free plan's 3 seats.
    const refused = await errorOf(await invite(owner.token, uniqueEmail("three")));
    expect(refused).toMatchObject({ status: 402, code: "PLAN_LIMIT_REACHED" });
    expect(refused.message).toContain("up to 3 seats");
    expect((await invite(owner.token, uniqueEmail("guest"), "GUEST")).status).toBe(201);
  });

  it("gives the last seat to exactly one of ten concurrent accepts; the others are refused and keep their invitation", async () => {
    // Invited while on Business (pending invitations count against seats), then down to Pro's 10 seats.
    const owner = await signUpUser({ plan: "business", organizationName: "Seat Race" });
    const invited = [];
    for (let i = 0; i < 10; i++) {
      const email = uniqueEmail(`racer${i}`);
      const { token } = await inviteAndReadToken(owner.token, email);
      invited.push({ email, inviteToken: token });
    }
    const people = await Promise.all(
      invited.map(async ({ email, inviteToken }) => ({ session: await signUpUser({ email, plan: null }), inviteToken })),
    );
    await db.user.updateMany({ where: { email: { in: invited.map((i) => i.email) } }, data: { emailVerifiedAt: new Date() } });
    // Pro has 10 seats: the owner and eight members leave one.
    const present = await db.membership.count({ where: { organizationId: owner.organization.id } });
    for (let i = present; i < 9; i++) await memberOf(owner.organization.id, "MEMBER");
    await db.license.updateMany({ where: { organizationId: owner.organization.id }, data: { revokedAt: new Date() } });
    await db.license.create({ data: { organizationId: owner.organization.id, plan: "pro" } });

    const responses = await Promise.all(people.map(({ session, inviteToken }) => accept(session.token, inviteToken)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 402)).toHaveLength(9);
    const refusal = await errorOf(responses.find((response) => response.status === 402)!);
    expect(refusal.message).toBe(
      "Seat Race has no free seat: its plan includes 10 seats. Ask one of its admins to upgrade the plan or free a seat, then try again.",
    );
    expect(await db.membership.count({ where: { organizationId: owner.organization.id, role: { not: "GUEST" } } })).toBe(10);
    expect(await db.invitation.count({ where: { organizationId: owner.organization.id, acceptedAt: null, revokedAt: null } })).toBe(9);
  });
});

describe("checkout and portal through the Stripe SDK", () => {
  let capture: StripeCapture;
  beforeAll(async () => {
    capture = await startStripeCapture();
  });
  afterAll(async () => {
    await capture.stop();
  });

  it("creates one customer per organization and a checkout for the plan's price with a seat per billable member", async () => {
    const gateway = stripeGateway(stripeClient("sk_test_capture", capture.url), { pro: "price_live_pro", business: "price_live_business" });
    const owner = await signUpUser({ plan: null });
    await memberOf(owner.organization.id, "MEMBER");
    await memberOf(owner.organization.id, "GUEST");
    const ctx = orgContextOf((await resolveSession(owner.token))!)!;
    capture.clear();

    const first = await startCheckout(ctx, "pro", META, gateway);
    const second = await startCheckout(ctx, "business", META, gateway);
    expect(first).toEqual({ ok: true, url: expect.stringMatching(/^https:\/\/checkout\.stripe\.test\//) });
    expect(second.ok).toBe(true);

    const requests = capture.requests();
    const customers = requests.filter((request) => request.path === "/v1/customers");
    expect(customers).toHaveLength(1);
    expect(customers[0]).toMatchObject({
      authorization: "Bearer sk_test_capture",
      idempotencyKey: `orgstack-customer-${owner.organization.id}`,
    });
    const sessions = requests.filter((request) => request.path === "/v1/checkout/sessions");
    expect(sessions[0]!.form).toMatchObject({
      mode: "subscription",
      customer: customers.length ? expect.stringMatching(/^cus_capture_/) : "",
      client_reference_id: owner.organization.id,
      "line_items[0][price]": "price_live_pro",
      // The owner and the member; the guest is free.
      "line_items[0][quantity]": "2",
      "subscription_data[metadata][organizationId]": owner.organization.id,
      "subscription_data[trial_period_days]": "14",
    });
    expect(sessions[1]!.form["line_items[0][price]"]).toBe("price_live_business");
    expect(await db.auditEvent.count({ where: { organizationId: owner.organization.id, action: "billing.checkout_started" } })).toBe(2);

    expect(await openPortal(ctx, gateway)).toEqual({ ok: true, url: expect.stringMatching(/^https:\/\/billing\.stripe\.test\//) });
    expect(capture.requests().find((request) => request.path === "/v1/billing_portal/sessions")!.form).toMatchObject({
      customer: customers.length ? expect.any(String) : "",
    });
  });

  it("sends an organization that already pays to the portal rather than a second subscription", async () => {
    const gateway = stripeGateway(stripeClient("sk_test_capture", capture.url), { pro: "price_live_pro" });
    const owner = await signUpUser({ plan: null });
    await db.subscription.create({
      data: {
        organizationId: owner.organization.id,
        plan: "pro",
        status: "active",
        stripeCustomerId: `cus_${owner.organization.id}`,
        stripeSubscriptionId: `sub_${owner.organization.id}`,
      },
    });
    const ctx = orgContextOf((await resolveSession(owner.token))!)!;
    capture.clear();
    expect(await startCheckout(ctx, "pro", META, gateway)).toEqual({ ok: true, url: expect.stringMatching(/billing\.stripe\.test/) });
    expect(capture.requests().map((request) => request.path)).toEqual(["/v1/billing_portal/sessions"]);
  });

  it("refuses a plan that is not for sale with a field error", async () => {
    const gateway = stripeGateway(stripeClient("sk_test_capture", capture.url), { pro: "price_live_pro" });
    const owner = await signUpUser({ plan: null });
    const ctx = orgContextOf((await resolveSession(owner.token))!)!;
    for (const plan of ["free", "business", "enterprise"])
      expect(await startCheckout(ctx, plan, META, gateway)).toMatchObject({ ok: false, code: "VALIDATION_FAILED" });
  });
});
