// "Require SSO": members whose address is at the organization's verified domains reach nothing of it unless their
// session came through its identity provider — by any way in: the active session, x-organization-id, switching, a
// deep link, a page, a server action, accepting an invitation, joining by domain, a password or passkey sign-in.
// Owners keep their password as a break-glass way in, and each use of it is in the audit log.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("../support/next-request"));
vi.mock("next/navigation", () => import("../support/next-request"));
const { request } = await import("../support/next-request");

const { GET: listProjectsRoute } = await import("../../app/api/projects/route");
const { PATCH: patchSecurityRoute, GET: securityRoute } = await import("../../app/api/organizations/current/security/route");
const { DELETE: removeConnectionRoute } = await import("../../app/api/organizations/current/sso/route");
const { POST: switchRoute } = await import("../../app/api/organizations/switch/route");
const { GET: startRoute } = await import("../../app/api/auth/sso/start/route");
const { POST: loginRoute } = await import("../../app/api/auth/login/route");
const { POST: joinRoute } = await import("../../app/api/account/joinable-organizations/[id]/join/route");
const { orgAction } = await import("@/server/http/declare-action");
const { requireOrgPage } = await import("@/server/auth/require-page");
const { db } = await import("@/server/db");
const { PASSWORD, addMember, signUpUser } = await import("../support/factories");
const { call, sessionTokenOf } = await import("../support/http");
const { accept, inviteAndReadToken } = await import("../support/invites");
const { createApiKey } = await import("../support/tenants");
const { startOidcProvider } = await import("../support/oidc-provider");
const { OIDC_CALLBACK, providerAccount, signInWithOidc, ssoOrganization } = await import("../support/sso");
const { freshDomain } = await import("../support/domains");

let provider: Awaited<ReturnType<typeof startOidcProvider>>;
beforeAll(async () => {
  provider = await startOidcProvider(OIDC_CALLBACK);
});
afterAll(() => provider.stop());

/** An organization with OIDC connected and SSO required, through the real routes. */
async function ssoOnlyOrganization() {
  const org = await ssoOrganization({ protocol: "OIDC", provider });
  const on = await call(patchSecurityRoute, "PATCH", "/", { token: org.owner.token, body: { requireSso: true } });
  expect(on.status, await on.clone().text()).toBe(200);
  return org;
}

/** A person at the organization's domain with a password account, a member, their session in the organization. */
async function passwordMember(org: Awaited<ReturnType<typeof ssoOrganization>>, role: "ADMIN" | "MEMBER" = "MEMBER") {
  const person = providerAccount(provider, org.domain, "Linus Pauling");
  const own = await signUpUser({ email: person.email, organizationName: "Side Project" });
  await addMember(org.owner.organization.id, own.user.id, role);
  await db.session.updateMany({ where: { userId: own.user.id }, data: { activeOrganizationId: org.owner.organization.id } });
  return { ...own, person };
}

async function expectSsoRequired(response: Response) {
  expect(response.status).toBe(403);
  const { error } = await response.json();
  expect(error.code).toBe("SSO_REQUIRED");
  return error.message as string;
}

const projects = (token: string, headers: Record<string, string> = {}) =>
  call(listProjectsRoute, "GET", "/api/projects", { token, headers });

describe("turning it on", () => {
  it("needs a connection and a verified domain (nobody could meet it otherwise), is the owners', and is audited", async () => {
    const bare = await signUpUser({ email: `owner@${freshDomain()}` });
    const refused = await call(patchSecurityRoute, "PATCH", "/", { token: bare.token, body: { requireSso: true } });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.code).toBe("SSO_NOT_CONFIGURED");

    const org = await ssoOnlyOrganization();
    expect((await (await call(securityRoute, "GET", "/", { token: org.owner.token })).json()).policy.requireSso).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: org.owner.organization.id, action: "security.policy_changed" },
    });
    expect(event.metadata).toMatchObject({ changes: { requireSso: { from: false, to: true } } });
  });

  it("goes when the connection goes", async () => {
    const org = await ssoOnlyOrganization();
    expect((await call(removeConnectionRoute, "DELETE", "/", { token: org.owner.token })).status).toBe(204);
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.owner.organization.id } })).requireSso).toBe(false);
  });
});

describe("a member at the domain without SSO in their session", () => {
  it("is refused the organization (403 SSO_REQUIRED, pointing at the sign-in), until they come through the provider", async () => {
    const org = await ssoOnlyOrganization();
    const member = await passwordMember(org);
    const message = await expectSsoRequired(await projects(member.token));
    expect(message).toContain(`/api/auth/sso/start?organization=${org.owner.organization.id}`);
    const sso = await signInWithOidc(member.person.email);
    expect((await projects(sso.token!)).status).toBe(200);
  });

  it("signing in with the password lands in it and is refused it", async () => {
    const org = await ssoOnlyOrganization();
    const member = await passwordMember(org);
    await db.user.update({ where: { id: member.user.id }, data: { lastActiveOrganizationId: org.owner.organization.id } });
    const login = await call(loginRoute, "POST", "/api/auth/login", { body: { email: member.user.email, password: PASSWORD } });
    expect((await login.json()).organization.id).toBe(org.owner.organization.id);
    await expectSsoRequired(await projects(sessionTokenOf(login)!));
  });

  it("is refused when naming it in x-organization-id from a session elsewhere", async () => {
    const org = await ssoOnlyOrganization();
    const member = await passwordMember(org);
    await db.session.updateMany({ where: { userId: member.user.id }, data: { activeOrganizationId: member.organization.id } });
    expect((await projects(member.token)).status).toBe(200);
    await expectSsoRequired(await projects(member.token, { "x-organization-id": org.owner.organization.id }));
  });

  it("cannot switch into it: 403, the session stays where it was", async () => {
    const org = await ssoOnlyOrganization();
    const member = await passwordMember(org);
    await db.session.updateMany({ where: { userId: member.user.id }, data: { activeOrganizationId: member.organization.id } });
    const switched = await call(switchRoute, "POST", "/", { token: member.token, body: { organizationId: org.owner.organization.id } });
    await expectSsoRequired(switched);
    expect((await db.session.findFirstOrThrow({ where: { userId: member.user.id } })).activeOrganizationId).toBe(member.organization.id);
  });

  it("is sent to the identity provider by a page, and by a server action (which does not run)", async () => {
    const org = await ssoOnlyOrganization();
    const member = await passwordMember(org, "ADMIN");
    request.cookie = member.token;
    const expected = `/api/auth/sso/start?organization=${org.owner.organization.id}&next=%2Fdashboard%2Fprojects`;
    await expect(requireOrgPage("/dashboard/projects")).rejects.toMatchObject({ to: expected });
    const ran = vi.fn();
    const action = orgAction({ permission: "projects.create" }, async () => {
      ran();
      return { status: "success" };
    });
    const form = new FormData();
    form.set("organizationId", org.owner.organization.id);
    await expect(action({ status: "idle" }, form)).rejects.toMatchObject({ to: expected });
    expect(ran).not.toHaveBeenCalled();

    // Where it sends them goes straight to the provider, with the attempt cookie.
    const started = await call(startRoute, "GET", expected);
    expect(started.status).toBe(303);
    expect(started.headers.get("location")!.startsWith(`${provider.issuer}/auth?`)).toBe(true);
    expect(started.headers.getSetCookie().some((cookie) => cookie.startsWith("sso_attempt="))).toBe(true);
  });

  it("cannot accept an invitation to it with a password session: 403, the invitation stays usable", async () => {
    const org = await ssoOnlyOrganization();
    const person = providerAccount(provider, org.domain, "Rosalind Franklin");
    const invitee = await signUpUser({ email: person.email, organizationName: "Own" });
    await db.user.update({ where: { id: invitee.user.id }, data: { emailVerifiedAt: new Date() } });
    const { token: inviteToken, invite } = await inviteAndReadToken(org.owner.token, person.email);
    await expectSsoRequired(await accept(invitee.token, inviteToken));
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invite.id } })).acceptedAt).toBeNull();
  });

  it("cannot join it by domain with a password session", async () => {
    const org = await ssoOnlyOrganization();
    const person = providerAccount(provider, org.domain, "Barbara McClintock");
    const joiner = await signUpUser({ email: person.email, organizationName: "Own" });
    await db.user.update({ where: { id: joiner.user.id }, data: { emailVerifiedAt: new Date() } });
    await expectSsoRequired(await call(joinRoute, "POST", "/", { token: joiner.token, params: { id: org.owner.organization.id } }));
    expect(await db.membership.count({ where: { organizationId: org.owner.organization.id, userId: joiner.user.id } })).toBe(0);
  });
});

describe("what the requirement leaves alone", () => {
  it("owners, whose password is the break-glass way in: each use is audited", async () => {
    const org = await ssoOnlyOrganization();
    const login = await call(loginRoute, "POST", "/api/auth/login", { body: { email: org.owner.user.email, password: PASSWORD } });
    expect((await projects(sessionTokenOf(login)!)).status).toBe(200);
    const events = await db.auditEvent.findMany({ where: { organizationId: org.owner.organization.id, action: "sso.break_glass_used" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: org.owner.user.id });
  });

  it("members at other domains (a contractor), API keys, and the members' other organizations", async () => {
    const org = await ssoOnlyOrganization();
    const contractor = await signUpUser({ organizationName: "Contracting" });
    await addMember(org.owner.organization.id, contractor.user.id, "MEMBER");
    expect((await projects(contractor.token, { "x-organization-id": org.owner.organization.id })).status).toBe(200);
    const key = await createApiKey(org.owner.token, "CI");
    expect((await call(listProjectsRoute, "GET", "/api/projects", { apiKey: key.secret })).status).toBe(200);
    const member = await passwordMember(org);
    expect((await projects(member.token, { "x-organization-id": member.organization.id })).status).toBe(200);
  });
});
