// Single sign-on through OpenID Connect, against a real OpenID Provider the test starts (oidc-provider): a person
// at the organization's verified domain signs in with no password, is found again by the provider's subject, and
// lands in the organization; what the provider must not be able to do (vouch for another domain, replay an answer,
// finish a sign-in another browser started) is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as oidcCallbackRoute } from "../../app/api/auth/sso/oidc/callback/route";
import { POST as loginRoute } from "../../app/api/auth/login/route";
import { GET as meRoute } from "../../app/api/me/route";
import {
  DELETE as removeConnectionRoute,
  GET as connectionRoute,
  PUT as saveConnectionRoute,
} from "../../app/api/organizations/current/sso/route";
import { POST as createScimTokenRoute } from "../../app/api/organizations/current/scim-token/route";
import { db } from "@/server/db";
import { PASSWORD, signUpUser } from "../support/factories";
import { call } from "../support/http";
import { startOidcProvider, type OidcProvider } from "../support/oidc-provider";
import { memberOf } from "../support/tenants";
import { OIDC_CALLBACK, providerAccount, signInWithOidc, ssoOrganization, startSso } from "../support/sso";

let provider: OidcProvider;
beforeAll(async () => {
  provider = await startOidcProvider(OIDC_CALLBACK);
});
afterAll(() => provider.stop());

async function me(token: string) {
  const response = await call(meRoute, "GET", "/api/me", { token });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as { user: { id: string; email: string; name: string }; organization: { id: string }; role: string };
}

describe("connecting an OpenID provider", () => {
  it("checks the issuer's discovery document, keeps the secret out of every answer, and is audited", async () => {
    const { owner, connection } = await ssoOrganization({ protocol: "OIDC", provider });
    const shown = await (await call(connectionRoute, "GET", "/", { token: owner.token })).json();
    expect(shown.connection).toMatchObject({
      protocol: "OIDC",
      oidc: { issuer: provider.issuer, clientId: provider.clientId, hasClientSecret: true },
      defaultRole: "MEMBER",
    });
    expect(JSON.stringify(shown)).not.toContain(provider.clientSecret);
    const stored = await db.ssoConnection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(stored.oidcClientSecretSealed).not.toContain(provider.clientSecret);
    const audit = await db.auditEvent.findFirst({ where: { organizationId: owner.organization.id, action: "sso.connection_saved" } });
    expect(audit).toMatchObject({ actorId: owner.user.id, targetId: connection.id });

    // An issuer that is no OpenID provider is refused with a field error, and nothing changes.
    const wrong = await call(saveConnectionRoute, "PUT", "/", {
      token: owner.token,
      body: { protocol: "OIDC", issuer: "http://127.0.0.1:9/nothing", clientId: "x", clientSecret: "y" },
    });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.fields.issuer).toBeTruthy();
    expect((await db.ssoConnection.findUniqueOrThrow({ where: { id: connection.id } })).oidcIssuer).toBe(provider.issuer);
  });

  it("is the owners' to change: an admin is refused", async () => {
    const { owner } = await ssoOrganization({ protocol: "OIDC", provider });
    const admin = await memberOf(owner.organization.id, "ADMIN");
    expect((await call(connectionRoute, "GET", "/", { token: admin.token })).status).toBe(403);
    expect((await call(removeConnectionRoute, "DELETE", "/", { token: admin.token })).status).toBe(403);
    expect(await db.ssoConnection.count({ where: { organizationId: owner.organization.id } })).toBe(1);
  });
});

describe("signing in through the provider", () => {
  it("makes the account on first sign-in (no password), the member with the default role, and lands in the organization", async () => {
    const { owner, domain } = await ssoOrganization({ protocol: "OIDC", provider }, { defaultRole: "GUEST" });
    const person = providerAccount(provider, domain);
    const signedIn = await signInWithOidc(person.email, { next: "/dashboard/projects" });
    expect(signedIn.response.status).toBe(303);
    expect(signedIn.location).toBe("http://localhost:3000/dashboard/projects");
    const view = await me(signedIn.token!);
    expect(view).toMatchObject({
      user: { email: person.email, name: person.name },
      organization: { id: owner.organization.id },
      role: "GUEST",
    });

    // The account has no password to guess.
    const password = await call(loginRoute, "POST", "/api/auth/login", { body: { email: person.email, password: PASSWORD } });
    expect(password.status).toBe(401);
    const events = await db.auditEvent.findMany({
      where: { organizationId: owner.organization.id, actorId: view.user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual(["member.provisioned", "sso.signed_in"]);
    expect(events[1]!.metadata).toMatchObject({ protocol: "OIDC", subject: person.sub });
  });

  it("finds the person again by the provider's subject, not the address: a renamed address is the same account", async () => {
    const { domain } = await ssoOrganization({ protocol: "OIDC", provider });
    const person = providerAccount(provider, domain);
    const first = await me((await signInWithOidc(person.email)).token!);
    const renamed = { ...person, email: `renamed-${person.email}` };
    provider.accounts.delete(person.email);
    provider.accounts.set(renamed.email, renamed);
    const again = await me((await signInWithOidc(renamed.email)).token!);
    expect(again.user.id).toBe(first.user.id);
    expect(await db.ssoIdentity.count({ where: { userId: first.user.id } })).toBe(1);
  });

  it("signs an existing account at the domain in as itself, and keeps its membership and role", async () => {
    const { owner } = await ssoOrganization({ protocol: "OIDC", provider });
    provider.accounts.set(owner.user.email, { sub: "owner-sub", email: owner.user.email, name: "Owner" });
    const view = await me((await signInWithOidc(owner.user.email)).token!);
    expect(view).toMatchObject({ user: { id: owner.user.id }, role: "OWNER" });
  });

  it("refuses an address outside the organization's verified domains on a first sign-in", async () => {
    const { domain } = await ssoOrganization({ protocol: "OIDC", provider });
    const insider = providerAccount(provider, domain);
    // The provider says this subject is someone at another domain: it does not speak for that domain.
    provider.accounts.set(insider.email, { ...insider, email: "ceo@another-company.example" });
    const refused = await signInWithOidc(insider.email);
    expect(refused.response.status).toBe(303);
    expect(refused.location).toBe("http://localhost:3000/login?sso_error=SSO_FAILED");
    expect(refused.token).toBeUndefined();
    expect(await db.user.count({ where: { email: "ceo@another-company.example" } })).toBe(0);
  });

  it("refuses a provider that says the address is unverified", async () => {
    const { domain } = await ssoOrganization({ protocol: "OIDC", provider });
    const person = providerAccount(provider, domain);
    provider.accounts.set(person.email, { ...person, emailVerified: false });
    const refused = await signInWithOidc(person.email);
    expect(refused.location).toContain("sso_error=SSO_FAILED");
    expect(await db.user.count({ where: { email: person.email } })).toBe(0);
  });

  it("only finishes in the browser that started it, and only once", async () => {
    const { domain } = await ssoOrganization({ protocol: "OIDC", provider });
    const person = providerAccount(provider, domain);
    // Another browser (no attempt cookie, or another one's) brings back the code: nobody is signed in.
    const elsewhere = await signInWithOidc(person.email, { attempt: null });
    expect(elsewhere.location).toContain("sso_error=SSO_FAILED");
    expect(elsewhere.token).toBeUndefined();
    const other = await startSso(person.email);
    const crossed = await signInWithOidc(person.email, { attempt: other.attempt });
    expect(crossed.token).toBeUndefined();

    // The same answer twice: the first signs in, the replay does not.
    const signedIn = await signInWithOidc(person.email);
    expect(signedIn.token).toBeTruthy();
    const replay = await call(oidcCallbackRoute, "GET", `${signedIn.back.pathname}${signedIn.back.search}`, {
      headers: { cookie: `sso_attempt=${signedIn.attempt}` },
    });
    expect(replay.headers.get("location")).toContain("sso_error=SSO_FAILED");
  });

  it("says nothing at the first step of an address with no SSO: the password is next", async () => {
    const stranger = await signUpUser();
    expect(await startSso(stranger.user.email)).toEqual({ redirectUrl: null, attempt: undefined });
    // A domain verified by an organization without a connection is no SSO domain either.
    expect((await startSso("someone@unknown-corp.example")).redirectUrl).toBeNull();
  });

  it("leaves membership to the directory once SCIM is on: a person it did not provision is refused", async () => {
    const { owner, domain } = await ssoOrganization({ protocol: "OIDC", provider });
    expect((await call(createScimTokenRoute, "POST", "/", { token: owner.token })).status).toBe(201);
    const person = providerAccount(provider, domain);
    const refused = await signInWithOidc(person.email);
    expect(refused.location).toBe("http://localhost:3000/login?sso_error=SSO_NOT_PROVISIONED");
    expect(await db.membership.count({ where: { organizationId: owner.organization.id } })).toBe(1);
  });
});
