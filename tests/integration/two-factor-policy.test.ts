// An organization that requires two-factor: a member without it in their session reaches nothing of the organization,
// by any way in — the active session, x-organization-id, switching, a deep link, accepting an invitation, a server
// action — until they set one up (or confirm the one they have). Each path is tried with and without.
import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("../support/next-request"));
vi.mock("next/navigation", () => import("../support/next-request"));
const { request } = await import("../support/next-request");

const { GET: listProjectsRoute } = await import("../../app/api/projects/route");
const { GET: securityRoute, PATCH: patchSecurityRoute } = await import("../../app/api/organizations/current/security/route");
const { POST: switchRoute } = await import("../../app/api/organizations/switch/route");
const { GET: deepLinkRoute } = await import("../../app/organizations/switch/route");
const { POST: confirmRoute } = await import("../../app/api/account/confirm/route");
const { GET: meRoute } = await import("../../app/api/me/route");
const { GET: accountRoute } = await import("../../app/api/account/route");
const { GET: auditRoute } = await import("../../app/api/audit/route");
const { orgAction } = await import("@/server/http/declare-action");
const { db } = await import("@/server/db");
const { PASSWORD, addMember, signUpUser, uniqueEmail } = await import("../support/factories");
const { call, sessionTokenOf } = await import("../support/http");
const { accept, inviteAndReadToken } = await import("../support/invites");
const { createApiKey, memberOf } = await import("../support/tenants");
const { ageSecondFactor, enableTotp, forgetUsedCode, totpCode } = await import("../support/two-factor");
const { POST: loginRoute } = await import("../../app/api/auth/login/route");

/** An organization whose owner has two-factor and turned the requirement on, through the real route. */
async function strictOrganization() {
  const owner = await signUpUser({ organizationName: "Strict Org" });
  await enableTotp(owner.token, owner.user.id);
  const turnedOn = await call(patchSecurityRoute, "PATCH", "/api/organizations/current/security", {
    token: owner.token,
    body: { requireTwoFactor: true },
  });
  expect(turnedOn.status).toBe(200);
  return owner;
}

/**
 * A member of `organizationId` whose session is in it — as after signing in there with a password (switching into it
 * is refused, which is the point): without a second factor.
 */
async function memberIn(organizationId: string, role: "ADMIN" | "MEMBER") {
  const { user, token } = await signUpUser({ organizationName: "Their Own" });
  await addMember(organizationId, user.id, role);
  await db.session.updateMany({ where: { userId: user.id }, data: { activeOrganizationId: organizationId } });
  await db.user.update({ where: { id: user.id }, data: { lastActiveOrganizationId: organizationId } });
  return { user, token };
}

async function projects(token: string, headers: Record<string, string> = {}) {
  return call(listProjectsRoute, "GET", "/api/projects", { token, headers });
}

async function expectMfaRequired(response: Response) {
  expect(response.status).toBe(403);
  expect((await response.json()).error.code).toBe("MFA_REQUIRED");
}

describe("turning the requirement on", () => {
  it("lists the members it would keep out first, is for owners, and is audited", async () => {
    const owner = await signUpUser({ organizationName: "Strict Org" });
    const admin = await memberOf(owner.organization.id, "ADMIN");
    const before = await (await call(securityRoute, "GET", "/", { token: admin.token })).json();
    expect(before.policy.requireTwoFactor).toBe(false);
    expect(before.policy.membersWithoutSecondFactor.map((m: { id: string }) => m.id).sort()).toEqual([owner.user.id, admin.user.id].sort());

    // An admin may look, not change; an owner without two-factor may not lock everyone out, themselves first.
    expect((await call(patchSecurityRoute, "PATCH", "/", { token: admin.token, body: { requireTwoFactor: true } })).status).toBe(403);
    await expectMfaRequired(await call(patchSecurityRoute, "PATCH", "/", { token: owner.token, body: { requireTwoFactor: true } }));

    await enableTotp(owner.token, owner.user.id);
    const on = await call(patchSecurityRoute, "PATCH", "/", { token: owner.token, body: { requireTwoFactor: true } });
    expect(on.status).toBe(200);
    const after = await (await call(securityRoute, "GET", "/", { token: owner.token })).json();
    expect(after.policy.membersWithoutSecondFactor.map((m: { id: string }) => m.id)).toEqual([admin.user.id]);
    const audit = await (await call(auditRoute, "GET", "/api/audit?action=security.policy_changed", { token: owner.token })).json();
    expect(audit.events[0]).toMatchObject({
      action: "security.policy_changed",
      actor: { id: owner.user.id },
      metadata: { changes: { requireTwoFactor: { from: false, to: true } } },
    });
  });

  it("is a sensitive action: a stale proof must be confirmed first", async () => {
    const owner = await signUpUser();
    await enableTotp(owner.token, owner.user.id);
    await ageSecondFactor(owner.token, 30);
    const refused = await call(patchSecurityRoute, "PATCH", "/", { token: owner.token, body: { requireTwoFactor: true } });
    expect((await refused.json()).error.code).toBe("STEP_UP_REQUIRED");
    expect((await db.organization.findUniqueOrThrow({ where: { id: owner.organization.id } })).requireTwoFactor).toBe(false);
  });
});

describe("a member without two-factor, once it is required", () => {
  it("is refused the organization in their session (403 MFA_REQUIRED), until they set it up", async () => {
    const owner = await strictOrganization();
    const member = await memberIn(owner.organization.id, "MEMBER");
    await expectMfaRequired(await projects(member.token));
    // Their account is theirs still (to set up two-factor); /api/me, which is about the organization too, is not.
    expect((await call(accountRoute, "GET", "/api/account", { token: member.token })).status).toBe(200);
    await expectMfaRequired(await call(meRoute, "GET", "/api/me", { token: member.token }));
    await enableTotp(member.token, member.user.id);
    const after = await projects(member.token);
    expect(after.status, await after.clone().text()).toBe(200);
    // The owner, verified, was never refused.
    const ownerView = await projects(owner.token);
    expect(ownerView.status, await ownerView.clone().text()).toBe(200);
  });

  it("is refused when naming it in x-organization-id from a session elsewhere", async () => {
    const owner = await strictOrganization();
    const member = await signUpUser({ organizationName: "Their Own" });
    await addMember(owner.organization.id, member.user.id, "MEMBER");
    expect((await projects(member.token)).status).toBe(200);
    await expectMfaRequired(await projects(member.token, { "x-organization-id": owner.organization.id }));
  });

  it("cannot switch into it: 403, and the session stays where it was", async () => {
    const owner = await strictOrganization();
    const member = await signUpUser({ organizationName: "Their Own" });
    await addMember(owner.organization.id, member.user.id, "MEMBER");
    const switched = await call(switchRoute, "POST", "/api/organizations/switch", {
      token: member.token,
      body: { organizationId: owner.organization.id },
    });
    await expectMfaRequired(switched);
    expect(sessionTokenOf(switched)).toBeUndefined();
    const session = await db.session.findFirstOrThrow({ where: { userId: member.user.id } });
    expect(session.activeOrganizationId).toBe(member.organization.id);
  });

  it("following a deep link is sent to set it up, and back to the same link after", async () => {
    const owner = await strictOrganization();
    const member = await signUpUser({ organizationName: "Their Own" });
    await addMember(owner.organization.id, member.user.id, "MEMBER");
    const link = await call(deepLinkRoute, "GET", `/organizations/switch?org=${owner.organization.slug}&next=/dashboard/projects`, {
      token: member.token,
      headers: { "sec-fetch-site": "same-origin", "sec-fetch-dest": "document" },
    });
    expect(link.status).toBe(307);
    const location = new URL(link.headers.get("location")!, "http://localhost:3000");
    expect(location.pathname).toBe("/account/two-factor");
    expect(location.searchParams.get("next")).toBe(`/organizations/switch?org=${owner.organization.slug}&next=%2Fdashboard%2Fprojects`);
    expect((await db.session.findFirstOrThrow({ where: { userId: member.user.id } })).activeOrganizationId).toBe(member.organization.id);
  });

  it("cannot accept an invitation to it: 403, and the invitation stays usable", async () => {
    const owner = await strictOrganization();
    const invitee = await signUpUser({ email: uniqueEmail("invitee") });
    await db.user.update({ where: { id: invitee.user.id }, data: { emailVerifiedAt: new Date() } });
    const { token: inviteToken, invite } = await inviteAndReadToken(owner.token, invitee.user.email);
    await expectMfaRequired(await accept(invitee.token, inviteToken));
    expect(await db.membership.count({ where: { organizationId: owner.organization.id, userId: invitee.user.id } })).toBe(0);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invite.id } })).acceptedAt).toBeNull();
    await enableTotp(invitee.token, invitee.user.id);
    expect((await accept(invitee.token, inviteToken)).status).toBe(200);
  });

  it("is sent by a server action to set it up, and the action does not run", async () => {
    const owner = await strictOrganization();
    const member = await memberIn(owner.organization.id, "ADMIN");
    const ran = vi.fn();
    const action = orgAction({ permission: "projects.create" }, async () => {
      ran();
      return { status: "success" };
    });
    request.cookie = member.token;
    const form = new FormData();
    form.set("organizationId", owner.organization.id);
    await expect(action({ status: "idle" }, form)).rejects.toMatchObject({
      to: "/account/two-factor?required=1&next=%2Fdashboard%2Fprojects",
    });
    expect(ran).not.toHaveBeenCalled();
  });

  it("signing in with the password alone lands in it, and is refused it until set up", async () => {
    const owner = await strictOrganization();
    const member = await memberIn(owner.organization.id, "MEMBER");
    const email = (await db.user.findUniqueOrThrow({ where: { id: member.user.id } })).email;
    const login = await call(loginRoute, "POST", "/api/auth/login", { body: { email, password: PASSWORD } });
    expect(await login.json()).toMatchObject({ status: "signed_in", organization: { id: owner.organization.id } });
    await expectMfaRequired(await projects(sessionTokenOf(login)!));
  });
});

describe("a member with two-factor", () => {
  it("whose session has not proved it (signed in elsewhere before enrolling) confirms it, then is let in", async () => {
    const owner = await strictOrganization();
    const member = await memberIn(owner.organization.id, "MEMBER");
    const { secret } = await enableTotp(member.token, member.user.id);
    await db.session.updateMany({ where: { userId: member.user.id }, data: { secondFactorAt: null } });
    await expectMfaRequired(await projects(member.token));
    await forgetUsedCode(member.user.id);
    expect(
      (await call(confirmRoute, "POST", "/api/account/confirm", { token: member.token, body: { code: await totpCode(secret) } })).status,
    ).toBe(200);
    expect((await projects(member.token)).status).toBe(200);
  });

  it("who turns it off is refused again at once", async () => {
    const owner = await strictOrganization();
    const member = await memberIn(owner.organization.id, "MEMBER");
    await enableTotp(member.token, member.user.id);
    expect((await projects(member.token)).status).toBe(200);
    await db.user.update({ where: { id: member.user.id }, data: { totpEnabledAt: null, totpSecretSealed: null } });
    await expectMfaRequired(await projects(member.token));
  });
});

describe("what the requirement leaves alone", () => {
  it("API keys, which are no person (their maker met the policy), and other organizations", async () => {
    const owner = await signUpUser({ organizationName: "Strict Org" });
    const key = await createApiKey(owner.token, "CI");
    await enableTotp(owner.token, owner.user.id);
    await call(patchSecurityRoute, "PATCH", "/", { token: owner.token, body: { requireTwoFactor: true } });
    expect((await call(listProjectsRoute, "GET", "/api/projects", { apiKey: key.secret })).status).toBe(200);
    const elsewhere = await signUpUser();
    expect((await projects(elsewhere.token)).status).toBe(200);
  });
});
