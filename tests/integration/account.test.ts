import { describe, expect, it } from "vitest";
import { DELETE as deleteAccountRoute, GET as accountRoute, PATCH as updateAccountRoute } from "../../app/api/account/route";
import { POST as changePasswordRoute } from "../../app/api/account/password/route";
import { DELETE as revokeSessionRoute } from "../../app/api/account/sessions/[id]/route";
import { DELETE as revokeAllRoute, GET as sessionsRoute } from "../../app/api/account/sessions/route";
import { POST as loginRoute } from "../../app/api/auth/login/route";
import { POST as signupRoute } from "../../app/api/auth/signup/route";
import { GET as auditRoute } from "../../app/api/audit/route";
import { GET as meRoute } from "../../app/api/me/route";
import { POST as createProjectRoute } from "../../app/api/projects/route";
import { db } from "@/server/db";
import { waitForEmail } from "../support/account";
import { PASSWORD, addMember, createOrganization, signUpUser, uniqueEmail } from "../support/factories";
import { call, sessionTokenOf } from "../support/http";

const CHROME_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const FIREFOX_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

async function logIn(email: string, password = PASSWORD, headers: Record<string, string> = {}) {
  return call(loginRoute, "POST", "/api/auth/login", { body: { email, password }, headers });
}

async function signedIn(token: string) {
  return (await call(meRoute, "GET", "/api/me", { token })).status === 200;
}

type SessionRow = { id: string; device: string; ip: string | null; current: boolean; lastSeenAt: string };

async function sessionsOf(token: string): Promise<SessionRow[]> {
  return (await (await call(sessionsRoute, "GET", "/api/account/sessions", { token })).json()).sessions;
}

describe("profile", () => {
  it("renames the account, validating the name", async () => {
    const { token } = await signUpUser();
    const renamed = await call(updateAccountRoute, "PATCH", "/api/account", { token, body: { name: "  Ada King  " } });
    expect(renamed.status).toBe(200);
    expect((await renamed.json()).user.name).toBe("Ada King");
    const empty = await call(updateAccountRoute, "PATCH", "/api/account", { token, body: { name: " " } });
    expect(empty.status).toBe(400);
    expect((await (await call(accountRoute, "GET", "/api/account", { token })).json()).user.name).toBe("Ada King");
    expect((await call(accountRoute, "GET", "/api/account")).status).toBe(401);
  });
});

describe("password change", () => {
  it("needs the current password, then signs out every other session and keeps this one", async () => {
    const { user, token } = await signUpUser();
    const other = sessionTokenOf(await logIn(user.email))!;
    const wrong = await call(changePasswordRoute, "POST", "/api/account/password", {
      token,
      body: { currentPassword: "nope", newPassword: "a new long passphrase" },
    });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error).toMatchObject({ code: "INCORRECT_PASSWORD", fields: { currentPassword: expect.any(String) } });
    expect(await signedIn(other)).toBe(true);

    const changed = await call(changePasswordRoute, "POST", "/api/account/password", {
      token,
      body: { currentPassword: PASSWORD, newPassword: "a new long passphrase" },
    });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toEqual({ revokedSessions: 1 });
    expect(await signedIn(token)).toBe(true);
    expect(await signedIn(other)).toBe(false);
    expect((await logIn(user.email)).status).toBe(401);
    expect((await logIn(user.email, "a new long passphrase")).status).toBe(200);
    // The account's address hears of it, with a way out if it was not its owner.
    const notice = await waitForEmail(user.email, /Your Orgstack password was changed/);
    expect(notice.text).toContain("/forgot-password");
  });

  it("refuses a weak new password with a field error", async () => {
    const { token } = await signUpUser();
    const weak = await call(changePasswordRoute, "POST", "/api/account/password", {
      token,
      body: { currentPassword: PASSWORD, newPassword: "short" },
    });
    expect(weak.status).toBe(400);
    expect((await weak.json()).error.fields).toHaveProperty("newPassword");
  });

  it("limits guesses of the current password, even with a stolen session", async () => {
    const { token } = await signUpUser();
    const guess = () =>
      call(changePasswordRoute, "POST", "/api/account/password", {
        token,
        body: { currentPassword: "guess", newPassword: "a new long passphrase" },
      });
    for (let i = 0; i < 10; i += 1) expect((await guess()).status).toBe(400);
    const refused = await guess();
    expect(refused.status).toBe(429);
    // Even the right password waits now.
    const right = await call(changePasswordRoute, "POST", "/api/account/password", {
      token,
      body: { currentPassword: PASSWORD, newPassword: "a new long passphrase" },
    });
    expect(right.status).toBe(429);
  });
});

describe("sessions", () => {
  it("lists live sessions with device, address and the current one marked", async () => {
    const { user } = await signUpUser();
    const mac = sessionTokenOf(await logIn(user.email, PASSWORD, { "user-agent": CHROME_MAC, "x-forwarded-for": "203.0.113.5" }))!;
    const linux = sessionTokenOf(await logIn(user.email, PASSWORD, { "user-agent": FIREFOX_LINUX, "x-forwarded-for": "198.51.100.7" }))!;
    await call(revokeSessionRoute, "DELETE", "/x", { token: linux, params: { id: (await sessionsOf(linux)).find((s) => s.current)!.id } });

    const sessions = await sessionsOf(mac);
    // Signup's session, the Mac one; the revoked Linux one is gone.
    expect(sessions).toHaveLength(2);
    expect(sessions.find((s) => s.current)).toMatchObject({ device: "Chrome on macOS", ip: "203.0.113.5" });
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
  });

  it("revokes one session: its token stops working; another user's session is a 404 and stays", async () => {
    const { user, token } = await signUpUser();
    const stranger = await signUpUser();
    const other = sessionTokenOf(await logIn(user.email))!;
    const target = (await sessionsOf(token)).find((s) => !s.current)!;
    expect((await call(revokeSessionRoute, "DELETE", "/x", { token, params: { id: target.id } })).status).toBe(204);
    expect(await signedIn(other)).toBe(false);
    expect(await signedIn(token)).toBe(true);

    const strangers = (await sessionsOf(stranger.token))[0]!;
    const refused = await call(revokeSessionRoute, "DELETE", "/x", { token, params: { id: strangers.id } });
    expect(refused.status).toBe(404);
    expect(await signedIn(stranger.token)).toBe(true);
  });

  it("revoking the current session signs out and clears the cookie", async () => {
    const { token } = await signUpUser();
    const current = (await sessionsOf(token)).find((s) => s.current)!;
    const response = await call(revokeSessionRoute, "DELETE", "/x", { token, params: { id: current.id } });
    expect(response.status).toBe(204);
    expect(sessionTokenOf(response)).toBe("");
    expect(await signedIn(token)).toBe(false);
  });

  it("signs out everywhere", async () => {
    const { user, token } = await signUpUser();
    const others = [sessionTokenOf(await logIn(user.email))!, sessionTokenOf(await logIn(user.email))!];
    const response = await call(revokeAllRoute, "DELETE", "/api/account/sessions", { token });
    expect(response.status).toBe(204);
    expect(sessionTokenOf(response)).toBe("");
    for (const session of [token, ...others]) expect(await signedIn(session)).toBe(false);
  });
});

describe("account deletion", () => {
  function deleteAccount(token: string, password = PASSWORD) {
    return call(deleteAccountRoute, "DELETE", "/api/account", { token, body: { password } });
  }

  it("is refused while the user is the last owner of an organization with other members, saying how to fix it", async () => {
    const owner = await signUpUser({ organizationName: "Crowded Co" });
    const member = await signUpUser();
    await addMember(owner.organization.id, member.user.id, "MEMBER");
    const refused = await deleteAccount(owner.token);
    expect(refused.status).toBe(409);
    const { error } = await refused.json();
    expect(error.code).toBe("LAST_OWNER");
    expect(error.message).toContain("Crowded Co");
    expect(error.message).toMatch(/Transfer ownership/);
    expect(await db.user.count({ where: { id: owner.user.id } })).toBe(1);
    expect(await signedIn(owner.token)).toBe(true);
  });

  it("needs the password", async () => {
    const { user, token } = await signUpUser();
    const refused = await deleteAccount(token, "wrong password");
    expect(refused.status).toBe(400);
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });

  it("deletes the user, their solo organizations with all data, and leaves shared ones with a record", async () => {
    const leaver = await signUpUser({ organizationName: "Solo Org" });
    await call(createProjectRoute, "POST", "/api/projects", { token: leaver.token, body: { name: "Solo project" } });
    const host = await signUpUser({ organizationName: "Shared Org" });
    await addMember(host.organization.id, leaver.user.id, "ADMIN");
    const { organization: coOwned } = await createOrganization(host.token, "Co-owned Org");
    await addMember(coOwned.id, leaver.user.id, "OWNER");

    const response = await deleteAccount(leaver.token);
    expect(response.status).toBe(204);
    expect(sessionTokenOf(response)).toBe("");
    expect(await db.user.count({ where: { id: leaver.user.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: leaver.user.id } })).toBe(0);
    expect(await db.organization.count({ where: { id: leaver.organization.id } })).toBe(0);
    expect(await db.project.count({ where: { organizationId: leaver.organization.id } })).toBe(0);
    expect(await db.organization.count({ where: { id: { in: [host.organization.id, coOwned.id] } } })).toBe(2);
    expect(await db.membership.count({ where: { organizationId: coOwned.id } })).toBe(1);

    const audit = await (await call(auditRoute, "GET", "/api/audit?action=member.left", { token: host.token })).json();
    expect(audit.events[0]).toMatchObject({ action: "member.left", metadata: { reason: "account_deleted", email: leaver.user.email } });
    expect((await logIn(leaver.user.email)).status).toBe(401);
    // The address is free again.
    await expect(signUpUser({ email: leaver.user.email })).resolves.toBeDefined();
  });

  it("a co-owner may delete their account; the other owner keeps the organization", async () => {
    const first = await signUpUser();
    const second = await signUpUser({ email: uniqueEmail("co") });
    await addMember(first.organization.id, second.user.id, "OWNER");
    expect((await deleteAccount(first.token)).status).toBe(204);
    expect(
      await db.membership.findMany({ where: { organizationId: first.organization.id }, select: { userId: true, role: true } }),
    ).toEqual([{ userId: second.user.id, role: "OWNER" }]);
  });
});

describe("sign-in rate limits", () => {
  it("limits signups per address, creating nothing once refused", async () => {
    const ip = "192.0.2.240";
    const signUp = (email: string) =>
      call(signupRoute, "POST", "/api/auth/signup", {
        body: { name: "Flood", email, password: PASSWORD, organizationName: "Flood" },
        headers: { "x-forwarded-for": ip },
      });
    for (let i = 0; i < 10; i += 1) expect((await signUp(uniqueEmail("flood"))).status).toBe(201);
    const email = uniqueEmail("flood");
    const refused = await signUp(email);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("limits attempts per account whatever the address, then answers 429 with Retry-After even for the right password", async () => {
    const { user } = await signUpUser();
    for (let i = 0; i < 10; i += 1) {
      expect((await logIn(user.email, "wrong guess", { "x-forwarded-for": `192.0.2.${i}` })).status).toBe(401);
    }
    const refused = await logIn(user.email, PASSWORD, { "x-forwarded-for": "192.0.2.200" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error.code).toBe("RATE_LIMITED");
    expect(sessionTokenOf(refused)).toBeUndefined();
  });

  it("limits attempts per address across accounts", async () => {
    const ip = "192.0.2.250";
    for (let i = 0; i < 30; i += 1)
      expect((await logIn(uniqueEmail("stuffing"), "password1234", { "x-forwarded-for": ip })).status).toBe(401);
    expect((await logIn(uniqueEmail("stuffing"), "password1234", { "x-forwarded-for": ip })).status).toBe(429);
    // Another address is not affected.
    expect((await logIn(uniqueEmail("stuffing"), "password1234", { "x-forwarded-for": "192.0.2.251" })).status).toBe(401);
  });
});
