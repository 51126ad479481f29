import { SignJWT, UnsecuredJWT } from "jose";
import { describe, expect, it } from "vitest";
import { POST as loginRoute } from "../../app/api/auth/login/route";
import { POST as logoutRoute } from "../../app/api/auth/logout/route";
import { GET as meRoute } from "../../app/api/me/route";
import { resolveSession } from "@/server/auth/context";
import { membershipsOf } from "@/server/organizations/memberships";
import { signSessionToken } from "@/server/auth/token";
import { db, queryCounter } from "@/server/db";
import { call, sessionTokenOf } from "../support/http";
import { PASSWORD, createOrganization, signUpUser, uniqueEmail } from "../support/factories";
import { ROLE_PERMISSIONS } from "@/lib/permissions";

const SECRET = process.env.JWT_SECRET!;

async function meStatus(token: string | undefined) {
  return (await call(meRoute, "GET", "/api/me", { token })).status;
}

describe("login and logout", () => {
  it("logs in with any casing of the email and lands in the last active organization", async () => {
    const { user, token, organization: first } = await signUpUser();
    const { organization: second } = await createOrganization(token, "Second Org");
    const response = await call(loginRoute, "POST", "/api/auth/login", { body: { email: user.email.toUpperCase(), password: PASSWORD } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ user: { id: user.id }, organization: { id: second.id }, role: "OWNER" });
    const me = await call(meRoute, "GET", "/api/me", { token: sessionTokenOf(response) });
    expect((await me.json()).memberships.map((m: { organization: { id: string } }) => m.organization.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
  });

  it("lands in the oldest remaining organization when the last active one was left", async () => {
    const { user, token, organization: first } = await signUpUser();
    const { organization: second } = await createOrganization(token, "Left Org");
    await db.membership.delete({ where: { organizationId_userId: { organizationId: second.id, userId: user.id } } });
    const response = await call(loginRoute, "POST", "/api/auth/login", { body: { email: user.email, password: PASSWORD } });
    expect(await response.json()).toMatchObject({ organization: { id: first.id } });
  });

  it("gives an unknown email and a wrong password the same answer", async () => {
    const { user } = await signUpUser();
    const wrongPassword = await call(loginRoute, "POST", "/api/auth/login", { body: { email: user.email, password: "not the password" } });
    const unknownEmail = await call(loginRoute, "POST", "/api/auth/login", { body: { email: uniqueEmail("nobody"), password: PASSWORD } });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(await wrongPassword.json()).toEqual(await unknownEmail.json());
    expect(sessionTokenOf(wrongPassword)).toBeUndefined();
  });

  it.each([
    ["malformed JSON", { rawBody: "{" }, 400, "INVALID_JSON"],
    ["a non-JSON body", { rawBody: "email=a", headers: { "content-type": "text/plain" } }, 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["wrong types", { body: { email: 1, password: null } }, 400, "VALIDATION_FAILED"],
    ["an extra field", { body: { email: "a@b.test", password: "x", remember: true } }, 400, "VALIDATION_FAILED"],
  ])("answers %s with a clear error and no session", async (_label, options, status, code) => {
    const before = await db.session.count();
    const response = await call(loginRoute, "POST", "/api/auth/login", options);
    expect(response.status).toBe(status);
    expect((await response.json()).error).toMatchObject({ code, message: expect.any(String) });
    expect(await db.session.count()).toBe(before);
  });

  it("does not accept a password that only shares bcrypt's first 72 bytes with the real one", async () => {
    const password = "p".repeat(72);
    const { user } = await signUpUser({ password });
    const exact = await call(loginRoute, "POST", "/api/auth/login", { body: { email: user.email, password } });
    const longer = await call(loginRoute, "POST", "/api/auth/login", { body: { email: user.email, password: `${password}-and-more` } });
    expect(exact.status).toBe(200);
    expect(longer.status).toBe(401);
  });

  it("rejects malformed login input with field errors", async () => {
    const response = await call(loginRoute, "POST", "/api/auth/login", { body: { email: "nope", password: "" } });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual({ email: expect.any(String), password: expect.any(String) });
  });

  it("revokes the session on logout: the old token stops working", async () => {
    const { token } = await signUpUser();
    expect(await meStatus(token)).toBe(200);
    const response = await call(logoutRoute, "POST", "/api/auth/logout", { token });
    expect(response.status).toBe(204);
    expect(sessionTokenOf(response)).toBe("");
    expect(await meStatus(token)).toBe(401);
  });

  it("keeps other sessions of the same user alive on logout", async () => {
    const { user, token } = await signUpUser();
    const second = sessionTokenOf(await call(loginRoute, "POST", "/api/auth/login", { body: { email: user.email, password: PASSWORD } }));
    await call(logoutRoute, "POST", "/api/auth/logout", { token });
    expect(await meStatus(second)).toBe(200);
  });
});

describe("session tokens", () => {
  it("answers 401 without a cookie", async () => {
    const response = await call(meRoute, "GET", "/api/me");
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
  });

  it("rejects a token whose payload was tampered with", async () => {
    const victim = await signUpUser();
    const attacker = await signUpUser();
    const [header, , signature] = attacker.token.split(".");
    const payload = JSON.parse(Buffer.from(attacker.token.split(".")[1]!, "base64url").toString());
    const forged = Buffer.from(JSON.stringify({ ...payload, sub: victim.user.id, org: victim.organization.id })).toString("base64url");
    expect(await meStatus(`${header}.${forged}.${signature}`)).toBe(401);
  });

  it("rejects an expired token even when its session is still valid", async () => {
    const { token } = await signUpUser();
    const claims = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString());
    const old = await signSessionToken(
      { sub: claims.sub, sid: claims.sid, org: claims.org, role: claims.role },
      SECRET,
      new Date(Date.now() - 8 * 24 * 3600 * 1000),
    );
    expect(await meStatus(old)).toBe(401);
  });

  it("rejects an unsigned (alg: none) token", async () => {
    const { token } = await signUpUser();
    const claims = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString());
    const unsigned = new UnsecuredJWT(claims).encode();
    expect(await meStatus(unsigned)).toBe(401);
  });

  it("rejects a token signed with another secret", async () => {
    const { token } = await signUpUser();
    const claims = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString());
    const other = await new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256" })
      .sign(new TextEncoder().encode("another-secret-that-is-also-long-enough!"));
    expect(await meStatus(other)).toBe(401);
  });

  it("rejects a token whose session row expired", async () => {
    const { token, user } = await signUpUser();
    await db.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await meStatus(token)).toBe(401);
  });

  it("answers 404 for a session whose organization was left, and offers onboarding when no organization is left", async () => {
    const { token, user, organization } = await signUpUser();
    await db.membership.delete({ where: { organizationId_userId: { organizationId: organization.id, userId: user.id } } });
    const response = await call(meRoute, "GET", "/api/me", { token });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    const ctx = await resolveSession(token);
    expect(ctx).toMatchObject({ user: { id: user.id }, organization: null, role: null });
  });

  it("signs out a deleted user", async () => {
    const { token, user } = await signUpUser();
    await db.user.delete({ where: { id: user.id } });
    expect(await meStatus(token)).toBe(401);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("loads session, user and membership in one database round trip", async () => {
    const { token, user, organization } = await signUpUser();
    const before = queryCounter.count;
    const ctx = await resolveSession(token);
    expect(queryCounter.count - before).toBe(1);
    expect(ctx).toMatchObject({ user: { id: user.id }, organization: { id: organization.id }, role: "OWNER" });
  });

  it("lists the same organizations on their own as the context query brings along", async () => {
    const { token: firstToken } = await signUpUser({ organizationName: "Zeta Own" });
    const { token } = await createOrganization(firstToken, "Alpha Own");
    const withList = (await resolveSession(token, { withMemberships: true }))!;
    const without = (await resolveSession(token))!;
    expect(without.memberships).toBeNull();
    expect(withList.memberships).toHaveLength(2);
    expect(await membershipsOf(without)).toEqual(withList.memberships);
  });

  it("answers GET /api/me, memberships included, in one database round trip", async () => {
    const { token: firstToken, organization: first } = await signUpUser({ organizationName: "Zeta First" });
    const { token, organization: second } = await createOrganization(firstToken, "Alpha Second");
    await call(meRoute, "GET", "/api/me", { token });
    const before = queryCounter.count;
    const response = await call(meRoute, "GET", "/api/me", { token });
    expect(queryCounter.count - before).toBe(1);
    const body = await response.json();
    expect(body.organization.id).toBe(second.id);
    // By name, as the switcher shows them, and only live organizations.
    expect(body.memberships.map((m: { organization: { id: string } }) => m.organization.id)).toEqual([second.id, first.id]);
    expect(body.memberships[0]).toEqual({
      role: "OWNER",
      organization: { id: second.id, name: "Alpha Second", slug: second.slug, logoUrl: null },
    });
    await db.organization.update({ where: { id: first.id }, data: { deletedAt: new Date() } });
    expect((await (await call(meRoute, "GET", "/api/me", { token })).json()).memberships).toHaveLength(1);
  });

  it("extends a session that was last seen more than a day ago", async () => {
    const { token, user } = await signUpUser();
    const stale = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await db.session.updateMany({ where: { userId: user.id }, data: { lastSeenAt: stale, expiresAt: new Date(Date.now() + 3600 * 1000) } });
    const ctx = await resolveSession(token);
    expect(ctx!.session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
    const row = await db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.lastSeenAt.getTime()).toBeGreaterThan(stale.getTime());
  });

  // Security review: a session used every day slid forward forever. It now ends SESSION_MAX_AGE_DAYS (30) after sign-in.
  it("ends 30 days after sign-in however active it is: sliding stops at that end, then sign in again", async () => {
    const { token, user } = await signUpUser();
    const DAY = 24 * 3600 * 1000;
    // Signed in 28 days ago, used a moment ago: still signed in, and extending it stops at day 30.
    await db.session.updateMany({
      where: { userId: user.id },
      data: {
        createdAt: new Date(Date.now() - 28 * DAY),
        lastSeenAt: new Date(Date.now() - DAY),
        expiresAt: new Date(Date.now() + 6 * DAY),
      },
    });
    const ctx = await resolveSession(token);
    expect(ctx?.user.id).toBe(user.id);
    expect(ctx!.session.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 2 * DAY + 60_000);
    expect((await db.session.findFirstOrThrow({ where: { userId: user.id } })).expiresAt.getTime()).toBeLessThanOrEqual(
      Date.now() + 2 * DAY + 60_000,
    );

    // Signed in 31 days ago, with an expiry still ahead (as a sliding session would have): signed out.
    await db.session.updateMany({
      where: { userId: user.id },
      data: { createdAt: new Date(Date.now() - 31 * DAY), expiresAt: new Date(Date.now() + 6 * DAY) },
    });
    expect(await meStatus(token)).toBe(401);
    expect(await resolveSession(token)).toBeNull();
  });
});

describe("claims are hints", () => {
  it("reports the role from the database, not the one in the cookie", async () => {
    const { token, user, organization } = await signUpUser();
    await db.membership.update({
      where: { organizationId_userId: { organizationId: organization.id, userId: user.id } },
      data: { role: "GUEST" },
    });
    const me = await (await call(meRoute, "GET", "/api/me", { token })).json();
    expect(me.role).toBe("GUEST");
    expect(me.permissions).toEqual(ROLE_PERMISSIONS.GUEST);
  });
});
