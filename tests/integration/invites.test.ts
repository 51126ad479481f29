// Invitations by email: tokens at rest, the email, accepting with the right and the wrong account, expiry, reuse,
// revoke, resend, escalation, rate limits and bad input. Emails go through the real Resend SDK to the capture server.
import { describe, expect, it } from "vitest";
import { GET as meRoute } from "../../app/api/me/route";
import { DELETE as revokeRoute } from "../../app/api/invites/[id]/route";
import { POST as resendRoute } from "../../app/api/invites/[id]/resend/route";
import { GET as listRoute, POST as inviteRoute } from "../../app/api/invites/route";
import { POST as signupRoute } from "../../app/api/auth/signup/route";
import { db } from "@/server/db";
import { capturedEmails } from "../support/emails";
import { PASSWORD, addMember, countRows, createOrganization, signUpUser, uniqueEmail } from "../support/factories";
import { call, sessionTokenOf } from "../support/http";
import { accept, invite, inviteAndReadToken, sha256, tokenFromLatestEmail } from "../support/invites";
import { createCustomRole, memberOf } from "../support/tenants";

async function inviteRows(organizationId: string) {
  return db.invitation.findMany({ where: { organizationId }, orderBy: { createdAt: "asc" } });
}

async function snapshot() {
  const [rows, invitations, audit] = await Promise.all([countRows(), db.invitation.count(), db.auditEvent.count()]);
  return { ...rows, invitations, audit };
}

describe("inviting by email", () => {
  it("stores only the token's SHA-256, never returns the token, and emails a link with it", async () => {
    const owner = await signUpUser({ name: "Ada Lovelace", organizationName: "Analytical Engines" });
    const email = uniqueEmail("invitee");
    const response = await invite(owner.token, email, "ADMIN");
    expect(response.status).toBe(201);
    const text = await response.text();
    const body = JSON.parse(text);
    // Queued with the invitation; sent by the worker (here: capturedEmails runs the due jobs).
    expect(body.invite).toMatchObject({ email, role: "ADMIN", status: "pending", emailDelivery: "sending" });

    const [mail] = await capturedEmails(email);
    const listed = await (await call(listRoute, "GET", "/api/invites", { token: owner.token })).json();
    expect(listed.invites[0]).toMatchObject({ email, emailDelivery: "sent" });
    expect(mail!.subject).toBe("Ada Lovelace invited you to join Analytical Engines on Orgstack");
    const token = await tokenFromLatestEmail(email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mail!.html).toContain(`http://localhost:3000/invite/${token}`);
    expect(mail!.text).toContain(`http://localhost:3000/invite/${token}`);
    expect(text).not.toContain(token);

    const [row] = await inviteRows(owner.organization.id);
    expect(row!.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);
    // Expires in the configured 7 days.
    const days = (row!.expiresAt.getTime() - row!.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);
  });

  it("gives each invitation a different token", async () => {
    const owner = await signUpUser();
    const tokens = new Set<string>();
    for (let i = 0; i < 5; i++) tokens.add((await inviteAndReadToken(owner.token, uniqueEmail())).token);
    expect(tokens.size).toBe(5);
  });

  it("stores the address lower-cased and trimmed, and lets the owner of that address accept whatever its case", async () => {
    const owner = await signUpUser();
    const email = uniqueEmail("mixed");
    const response = await invite(owner.token, `  ${email.toUpperCase()} `);
    expect(response.status).toBe(201);
    expect((await response.json()).invite.email).toBe(email);
    const token = await tokenFromLatestEmail(email);
    const invitee = await signUpUser({ email: email.toUpperCase() });
    expect((await accept(invitee.token, token)).status).toBe(200);
  });

  it("refuses an existing member with 409, and writes nothing", async () => {
    const owner = await signUpUser();
    const member = await memberOf(owner.organization.id, "MEMBER");
    const before = await snapshot();
    const response = await invite(owner.token, member.user.email.toUpperCase());
    expect(response.status).toBe(409);
    expect((await response.json()).error.code).toBe("ALREADY_MEMBER");
    expect(await snapshot()).toEqual(before);
  });

  it("replaces a pending invitation to the same address: the old link dies", async () => {
    const owner = await signUpUser();
    const email = uniqueEmail();
    const first = await inviteAndReadToken(owner.token, email, "GUEST");
    const second = await inviteAndReadToken(owner.token, email, "MEMBER");
    expect(second.token).not.toBe(first.token);

    const list = await (await call(listRoute, "GET", "/api/invites", { token: owner.token })).json();
    expect(list.invites.map((i: { email: string; role: string }) => [i.email, i.role])).toEqual([[email, "MEMBER"]]);

    const invitee = await signUpUser({ email });
    const old = await accept(invitee.token, first.token);
    expect(old.status).toBe(410);
    expect((await old.json()).error.code).toBe("INVITE_REVOKED");
    const fresh = await accept(invitee.token, second.token);
    expect(fresh.status).toBe(200);
    expect((await fresh.json()).role).toBe("MEMBER");
  });
});

describe("who may invite, and as what", () => {
  it("never lets someone hand out a role above their own: admins cannot invite owners", async () => {
    const owner = await signUpUser();
    const admin = await memberOf(owner.organization.id, "ADMIN");
    const before = await snapshot();
    const response = await invite(admin.token, uniqueEmail(), "OWNER");
    expect(response.status).toBe(403);
    expect((await response.json()).error.message).toMatch(/Only owners can invite owners/);
    expect(await snapshot()).toEqual(before);
    expect((await invite(admin.token, uniqueEmail(), "ADMIN")).status).toBe(201);
    expect((await invite(owner.token, uniqueEmail(), "OWNER")).status).toBe(201);
  });

  it("refuses members without members.invite; a guest given it by a custom role invites guests only", async () => {
    const owner = await signUpUser();
    const member = await memberOf(owner.organization.id, "MEMBER");
    expect((await invite(member.token, uniqueEmail())).status).toBe(403);

    const role = await createCustomRole(owner.token, "Recruiter", ["members.invite"]);
    const guest = await memberOf(owner.organization.id, "GUEST");
    await db.membershipCustomRole.create({
      data: { organizationId: owner.organization.id, membershipId: guest.membershipId, customRoleId: role.id },
    });
    expect((await invite(guest.token, uniqueEmail(), "MEMBER")).status).toBe(403);
    expect((await invite(guest.token, uniqueEmail(), "GUEST")).status).toBe(201);
  });

  it("keeps admins away from owners' invitations: no revoking or resending an OWNER invitation", async () => {
    const owner = await signUpUser();
    const admin = await memberOf(owner.organization.id, "ADMIN");
    const { invite: created } = await inviteAndReadToken(owner.token, uniqueEmail(), "OWNER");
    expect((await call(revokeRoute, "DELETE", "/", { token: admin.token, params: { id: created.id } })).status).toBe(403);
    expect((await call(resendRoute, "POST", "/", { token: admin.token, params: { id: created.id } })).status).toBe(403);
  });
});

describe("accepting", () => {
  it("with the invited account: membership with the invited role, switched to the organization, email verified", async () => {
    const owner = await signUpUser({ organizationName: "Welcoming Org" });
    const invitee = await signUpUser({ organizationName: "Own Org" });
    const { token } = await inviteAndReadToken(owner.token, invitee.user.email, "ADMIN");

    const response = await accept(invitee.token, token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ organization: owner.organization, role: "ADMIN" });
    const me = await (await call(meRoute, "GET", "/api/me", { token: sessionTokenOf(response) })).json();
    expect(me.organization.id).toBe(owner.organization.id);
    expect(me.role).toBe("ADMIN");
    expect(me.user.emailVerifiedAt).not.toBeNull();

    const events = await db.auditEvent.findMany({
      where: { organizationId: owner.organization.id, action: { startsWith: "invite." } },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual(["invite.created", "invite.accepted"]);
    expect(events[1]!.actorId).toBe(invitee.user.id);
  });

  it("answers 401 signed out, 403 EMAIL_MISMATCH for another account, and writes nothing either way", async () => {
    const owner = await signUpUser();
    const invited = uniqueEmail("invited");
    const { token } = await inviteAndReadToken(owner.token, invited);
    const stranger = await signUpUser();
    const before = await snapshot();

    expect((await accept(undefined, token)).status).toBe(401);
    const mismatch = await accept(stranger.token, token);
    expect(mismatch.status).toBe(403);
    const { error } = await mismatch.json();
    expect(error.code).toBe("EMAIL_MISMATCH");
    expect(error.message).toContain(invited);
    expect(error.message).toContain(stranger.user.email);
    expect(await snapshot()).toEqual(before);
    expect(sessionTokenOf(mismatch)).toBeUndefined();
  });

  it("is single-use: a second accept is 410 INVITE_USED", async () => {
    const owner = await signUpUser();
    const invitee = await signUpUser();
    const { token } = await inviteAndReadToken(owner.token, invitee.user.email);
    expect((await accept(invitee.token, token)).status).toBe(200);
    const again = await accept(invitee.token, token);
    expect(again.status).toBe(410);
    expect((await again.json()).error.code).toBe("INVITE_USED");
  });

  it("ten concurrent accepts of one token create exactly one membership", async () => {
    const owner = await signUpUser();
    const invitee = await signUpUser();
    const { token } = await inviteAndReadToken(owner.token, invitee.user.email);
    const responses = await Promise.all(Array.from({ length: 10 }, () => accept(invitee.token, token)));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.every((status) => status === 200 || status === 410 || status === 409)).toBe(true);
    expect(await db.membership.count({ where: { organizationId: owner.organization.id, userId: invitee.user.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { organizationId: owner.organization.id, action: "invite.accepted" } })).toBe(1);
  });

  it("after expiry is 410 INVITE_EXPIRED naming whom to ask", async () => {
    const owner = await signUpUser({ name: "Grace Hopper" });
    const invitee = await signUpUser();
    const { invite: created, token } = await inviteAndReadToken(owner.token, invitee.user.email);
    await db.invitation.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await snapshot();
    const response = await accept(invitee.token, token);
    expect(response.status).toBe(410);
    const { error } = await response.json();
    expect(error.code).toBe("INVITE_EXPIRED");
    expect(error.message).toContain("Grace Hopper");
    expect(await snapshot()).toEqual(before);
  });

  it("answers 400 for a malformed token and 404 for a well-formed unknown one (another environment's, say)", async () => {
    const user = await signUpUser();
    const before = await snapshot();
    for (const token of ["short", "x".repeat(44), `${"a".repeat(42)}=`, "../../etc/passwd-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]) {
      const response = await accept(user.token, token);
      expect(response.status, token).toBe(400);
      expect((await response.json()).error.code).toBe("VALIDATION_FAILED");
    }
    const unknown = await accept(user.token, "A".repeat(43));
    expect(unknown.status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });
});

describe("signing up with an invitation", () => {
  it("creates the user and the membership in one transaction, no organization of their own, email verified", async () => {
    const owner = await signUpUser({ organizationName: "Joined Org" });
    const email = uniqueEmail("newcomer");
    const { token } = await inviteAndReadToken(owner.token, email, "GUEST");
    const organizationsBefore = await db.organization.count();

    const response = await call(signupRoute, "POST", "/api/auth/signup", {
      body: { name: "Newcomer", email, password: PASSWORD, inviteToken: token },
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ organization: owner.organization, role: "GUEST", user: { email } });
    expect(body.user.emailVerifiedAt).not.toBeNull();
    expect(await db.organization.count()).toBe(organizationsBefore);
    const me = await (await call(meRoute, "GET", "/api/me", { token: sessionTokenOf(response) })).json();
    expect(me.memberships).toEqual([{ organization: { ...owner.organization, logoUrl: null }, role: "GUEST" }]);
  });

  it("refuses another address (403), a used invitation (410) and an organization name alongside (400), writing nothing", async () => {
    const owner = await signUpUser();
    const email = uniqueEmail();
    const { token } = await inviteAndReadToken(owner.token, email);
    const before = await snapshot();
    const signup = (body: Record<string, unknown>) =>
      call(signupRoute, "POST", "/api/auth/signup", { body: { name: "X", password: PASSWORD, inviteToken: token, ...body } });

    const other = await signup({ email: uniqueEmail("other") });
    expect(other.status).toBe(403);
    expect((await other.json()).error.code).toBe("EMAIL_MISMATCH");
    const withOrg = await signup({ email, organizationName: "Mine" });
    expect(withOrg.status).toBe(400);
    expect((await withOrg.json()).error.fields.organizationName).toMatch(/Leave this out/);
    expect(await snapshot()).toEqual(before);

    expect((await signup({ email })).status).toBe(201);
    const reused = await signup({ email: uniqueEmail() });
    expect(reused.status).toBe(410);
  });

  it("still requires an organization name without an invitation", async () => {
    const response = await call(signupRoute, "POST", "/api/auth/signup", { body: { name: "X", email: uniqueEmail(), password: PASSWORD } });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields.organizationName).toBe("Enter an organization name.");
  });
});

describe("revoking and resending", () => {
  it("revoke: 204, the link answers 410 INVITE_REVOKED, the list no longer shows it; revoking again is harmless", async () => {
    const owner = await signUpUser();
    const invitee = await signUpUser();
    const { invite: created, token } = await inviteAndReadToken(owner.token, invitee.user.email);
    expect((await call(revokeRoute, "DELETE", "/", { token: owner.token, params: { id: created.id } })).status).toBe(204);
    expect((await call(revokeRoute, "DELETE", "/", { token: owner.token, params: { id: created.id } })).status).toBe(204);
    const response = await accept(invitee.token, token);
    expect(response.status).toBe(410);
    expect((await response.json()).error.code).toBe("INVITE_REVOKED");
    const list = await (await call(listRoute, "GET", "/api/invites", { token: owner.token })).json();
    expect(list.invites).toEqual([]);
    expect(await db.auditEvent.count({ where: { organizationId: owner.organization.id, action: "invite.revoked" } })).toBe(1);
  });

  it("resend: a new email with a new token and a fresh expiry; the old token is unknown from then on", async () => {
    const owner = await signUpUser();
    const invitee = await signUpUser();
    const { invite: created, token: oldToken } = await inviteAndReadToken(owner.token, invitee.user.email);
    await db.invitation.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const response = await call(resendRoute, "POST", "/", { token: owner.token, params: { id: created.id } });
    expect(response.status).toBe(200);
    const { invite: resent } = await response.json();
    expect(resent).toMatchObject({ id: created.id, status: "pending", emailDelivery: "sending" });
    expect((await capturedEmails(invitee.user.email)).filter((email) => email.subject.includes("invited you"))).toHaveLength(2);
    const newToken = await tokenFromLatestEmail(invitee.user.email);
    expect(newToken).not.toBe(oldToken);

    expect((await accept(invitee.token, oldToken)).status).toBe(404);
    expect((await accept(invitee.token, newToken)).status).toBe(200);
    // Accepted: nothing left to resend.
    expect((await call(resendRoute, "POST", "/", { token: owner.token, params: { id: created.id } })).status).toBe(409);
  });

  it("answers 404 for an unknown or malformed invitation id", async () => {
    const owner = await signUpUser();
    for (const id of ["nope", "NOT-AN-ID!", "x".repeat(100)]) {
      expect((await call(revokeRoute, "DELETE", "/", { token: owner.token, params: { id } })).status).toBe(404);
      expect((await call(resendRoute, "POST", "/", { token: owner.token, params: { id } })).status).toBe(404);
    }
  });
});

describe("email delivery", () => {
  it("keeps the invitation when the email fails, says so, and keeps the email queued for another attempt", async () => {
    const owner = await signUpUser();
    const email = `bounce-${uniqueEmail()}`;
    const response = await invite(owner.token, email);
    expect(response.status).toBe(201);
    expect((await response.json()).invite).toMatchObject({ email, status: "pending", emailDelivery: "sending" });
    expect(await capturedEmails(email)).toEqual([]);
    const [job] = await db.$queryRawUnsafe<Array<{ state: string; later: boolean }>>(
      `SELECT state, start_after > now() AS later FROM pgboss.job WHERE name = 'email' AND data->>'to' = $1`,
      email,
    );
    expect(job).toEqual({ state: "retry", later: true });
    const list = await (await call(listRoute, "GET", "/api/invites", { token: owner.token })).json();
    expect(list.invites[0]).toMatchObject({ email, emailDelivery: "failed" });
  });
});

describe("bad input", () => {
  it("answers 400 with field errors for an invalid email, an unknown role or extra fields, and writes nothing", async () => {
    const owner = await signUpUser();
    const before = await snapshot();
    const cases: Array<[unknown, string]> = [
      [{ email: "not-an-email", role: "MEMBER" }, "email"],
      [{ email: uniqueEmail(), role: "SUPERUSER" }, "role"],
      [{ email: uniqueEmail(), role: "member" }, "role"],
      [{ email: uniqueEmail() }, "role"],
      [{ email: uniqueEmail(), role: "MEMBER", token: "x" }, "token"],
      [{ email: ["a@b.c"], role: "MEMBER" }, "email"],
    ];
    for (const [body, field] of cases) {
      const response = await call(inviteRoute, "POST", "/api/invites", { token: owner.token, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys((await response.json()).error.fields)).toContain(field);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("rate limits", () => {
  it("stops one inviter after 20 invitation emails an hour, in all their organizations, with 429 and Retry-After", async () => {
    const owner = await signUpUser();
    for (let i = 0; i < 20; i++) expect((await invite(owner.token, uniqueEmail())).status).toBe(201);
    const before = await snapshot();
    const response = await invite(owner.token, uniqueEmail());
    expect(response.status).toBe(429);
    expect((await response.json()).error.code).toBe("RATE_LIMITED");
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);
    // A new organization of their own does not reset it: the limit is per person.
    const other = await createOrganization(owner.token, "Second Org");
    expect((await invite(other.token, uniqueEmail())).status).toBe(429);
    // Another admin of the first organization still may.
    const admin = await memberOf(owner.organization.id, "ADMIN");
    expect((await invite(admin.token, uniqueEmail())).status).toBe(201);
  });

  it("stops an organization after its hourly total, whoever invites", async () => {
    const owner = await signUpUser();
    await db.rateLimitBucket.create({
      data: { key: `invitesPerOrganization:${owner.organization.id}`, count: 50, resetAt: new Date(Date.now() + 60_000) },
    });
    const response = await invite(owner.token, uniqueEmail());
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(60);
  });

  it("counts again from zero once the window has passed", async () => {
    const owner = await signUpUser();
    await db.rateLimitBucket.create({
      data: { key: `invitesPerOrganization:${owner.organization.id}`, count: 500, resetAt: new Date(Date.now() - 1000) },
    });
    expect((await invite(owner.token, uniqueEmail())).status).toBe(201);
  });
});

describe("isolation", () => {
  it("another organization's admin cannot list, revoke or resend these invitations: 404, nothing changes", async () => {
    const a = await signUpUser({ organizationName: "Org A" });
    const b = await signUpUser({ organizationName: "Org B" });
    const { invite: created, token } = await inviteAndReadToken(a.token, uniqueEmail());
    await addMember(b.organization.id, (await signUpUser()).user.id, "MEMBER");

    const list = await (await call(listRoute, "GET", "/api/invites", { token: b.token })).json();
    expect(list.invites).toEqual([]);
    expect((await call(revokeRoute, "DELETE", "/", { token: b.token, params: { id: created.id } })).status).toBe(404);
    expect((await call(resendRoute, "POST", "/", { token: b.token, params: { id: created.id } })).status).toBe(404);
    expect(
      (
        await call(revokeRoute, "DELETE", "/", {
          token: b.token,
          params: { id: created.id },
          headers: { "x-organization-id": a.organization.id },
        })
      ).status,
    ).toBe(404);
    const [row] = await inviteRows(a.organization.id);
    expect(row).toMatchObject({ revokedAt: null, tokenHash: sha256(token) });
  });
});
