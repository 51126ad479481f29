// Shareable invite links: role cap, uses, domain, expiry, revoke, audit, and concurrent use.
import { describe, expect, it } from "vitest";
import { POST as signupRoute } from "../../app/api/auth/signup/route";
import { DELETE as revokeLinkRoute } from "../../app/api/invite-links/[id]/route";
import { GET as listLinksRoute, POST as createLinkRoute } from "../../app/api/invite-links/route";
import { db } from "@/server/db";
import { PASSWORD, countRows, signUpUser, uniqueEmail } from "../support/factories";
import { call, sessionTokenOf } from "../support/http";
import { firstLinkTo } from "../support/emails";
import { waitForEmail } from "../support/account";
import { POST as verifyRoute } from "../../app/api/auth/verify-email/route";
import { accept, createLink, sha256 } from "../support/invites";
import { memberOf } from "../support/tenants";

function signUpWithLink(token: string, email = uniqueEmail("joiner")) {
  return call(signupRoute, "POST", "/api/auth/signup", { body: { name: "Joiner", email, password: PASSWORD, inviteToken: token } });
}

describe("invite links", () => {
  it("are shown once at creation and stored hashed; anyone signed in can join with the link's role", async () => {
    const owner = await signUpUser();
    const link = await createLink(owner.token, { role: "MEMBER", maxUses: 5, expiresInDays: 3 });
    expect(link.url).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{43}$/);
    const row = await db.inviteLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.tokenHash).toBe(sha256(link.token));
    expect((row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000).toBeCloseTo(3, 2);

    const listed = await (await call(listLinksRoute, "GET", "/api/invite-links", { token: owner.token })).json();
    expect(listed.links).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(link.token);
    expect(listed.links[0]).toMatchObject({ id: link.id, role: "MEMBER", useCount: 0, maxUses: 5, status: "active" });

    const someone = await signUpUser();
    const response = await accept(someone.token, link.token);
    expect(response.status).toBe(200);
    expect((await response.json()).role).toBe("MEMBER");
    expect(
      await db.auditEvent.count({ where: { organizationId: owner.organization.id, action: "invite_link.used", actorId: someone.user.id } }),
    ).toBe(1);
  });

  it("give at most MEMBER, and never more than the creator's own role", async () => {
    const owner = await signUpUser();
    for (const role of ["ADMIN", "OWNER"]) {
      const response = await call(createLinkRoute, "POST", "/api/invite-links", { token: owner.token, body: { role } });
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields.role).toMatch(/Member or Guest/);
    }
    const member = await memberOf(owner.organization.id, "MEMBER");
    expect((await call(createLinkRoute, "POST", "/api/invite-links", { token: member.token, body: { role: "GUEST" } })).status).toBe(403);
  });

  it("stop after maxUses: the next one is 410 INVITE_USED", async () => {
    const owner = await signUpUser();
    const link = await createLink(owner.token, { role: "GUEST", maxUses: 2 });
    expect((await signUpWithLink(link.token)).status).toBe(201);
    expect((await accept((await signUpUser()).token, link.token)).status).toBe(200);
    const before = await countRows();
    const third = await signUpWithLink(link.token);
    expect(third.status).toBe(410);
    expect((await third.json()).error.code).toBe("INVITE_USED");
    expect(await countRows()).toEqual(before);
  });

  it("are used exactly maxUses times by ten concurrent sign-ups", async () => {
    const owner = await signUpUser();
    const link = await createLink(owner.token, { role: "MEMBER", maxUses: 3 });
    const usersBefore = await db.user.count();
    const responses = await Promise.all(Array.from({ length: 10 }, () => signUpWithLink(link.token)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(3);
    expect(statuses.filter((status) => status === 410)).toHaveLength(7);
    // The refused sign-ups rolled back whole: no user without a membership.
    expect(await db.user.count()).toBe(usersBefore + 3);
    expect(await db.membership.count({ where: { organizationId: owner.organization.id } })).toBe(4);
    expect((await db.inviteLink.findUniqueOrThrow({ where: { id: link.id } })).useCount).toBe(3);
  });

  it("with a domain: only addresses at that domain, whatever their case", async () => {
    const owner = await signUpUser();
    const link = await createLink(owner.token, { role: "MEMBER", allowedDomain: "@Partner.Example" });
    const outsider = await signUpUser({ email: uniqueEmail().replace("example.test", "elsewhere.example") });
    const before = await countRows();
    const refused = await accept(outsider.token, link.token);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("EMAIL_DOMAIN_NOT_ALLOWED");
    expect((await signUpWithLink(link.token, "someone@elsewhere.example")).status).toBe(403);
    expect(await countRows()).toEqual(before);

    expect((await signUpWithLink(link.token, `Someone-${Date.now()}@PARTNER.example`)).status).toBe(201);
  });

  // Security review: a domain link checked the domain of an address nobody had proved, so ceo@corp.example could join.
  it("with a domain: the address must be verified before the membership exists", async () => {
    const owner = await signUpUser();
    const link = await createLink(owner.token, { role: "MEMBER", allowedDomain: "corp.example" });
    const members = () => db.membership.count({ where: { organizationId: owner.organization.id } });

    // An existing account typed with the domain's address but never verified: refused, nothing written.
    const claimant = await signUpUser({ email: `ceo-${Date.now()}@corp.example` });
    const refused = await accept(claimant.token, link.token);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("EMAIL_NOT_VERIFIED");
    expect(await members()).toBe(1);

    // Signing up through the link creates the account but not the membership; the verification email leads back.
    const email = `newcomer-${Date.now()}@corp.example`;
    const signedUp = await signUpWithLink(link.token, email);
    expect(signedUp.status).toBe(201);
    expect(await signedUp.json()).toMatchObject({ organization: null, role: null });
    expect(await members()).toBe(1);
    const verifyLink = firstLinkTo(await waitForEmail(email, /Verify your email/), "/verify-email")!;
    expect(new URL(verifyLink).searchParams.get("next")).toBe(`/invite/${link.token}`);

    // Once the address is proved (the link opened), the same account joins.
    const verified = await call(verifyRoute, "POST", "/api/auth/verify-email", {
      body: { token: new URL(verifyLink).searchParams.get("token") },
    });
    expect(verified.status).toBe(200);
    const joined = await accept(sessionTokenOf(signedUp), link.token);
    expect(joined.status).toBe(200);
    expect(await members()).toBe(2);
    // The use was counted once: by the join, not by the signup that waited.
    expect((await db.inviteLink.findUniqueOrThrow({ where: { id: link.id } })).useCount).toBe(1);
  });

  it("refuse a domain that is not one, and out-of-range uses or days, with field errors", async () => {
    const owner = await signUpUser();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ role: "MEMBER", allowedDomain: "not a domain" }, "allowedDomain"],
      [{ role: "MEMBER", maxUses: 0 }, "maxUses"],
      [{ role: "MEMBER", maxUses: 1001 }, "maxUses"],
      [{ role: "MEMBER", maxUses: 1.5 }, "maxUses"],
      [{ role: "MEMBER", expiresInDays: 31 }, "expiresInDays"],
      [{ role: "MEMBER", expiresInDays: "soon" }, "expiresInDays"],
    ];
    for (const [body, field] of cases) {
      const response = await call(createLinkRoute, "POST", "/api/invite-links", { token: owner.token, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys((await response.json()).error.fields)).toContain(field);
    }
    expect(await db.inviteLink.count({ where: { organizationId: owner.organization.id } })).toBe(0);
  });

  it("revoked or expired: 410 with the reason", async () => {
    const owner = await signUpUser();
    const revoked = await createLink(owner.token, { role: "MEMBER" });
    expect((await call(revokeLinkRoute, "DELETE", "/", { token: owner.token, params: { id: revoked.id } })).status).toBe(204);
    const expired = await createLink(owner.token, { role: "MEMBER" });
    await db.inviteLink.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const someone = await signUpUser();
    const r1 = await accept(someone.token, revoked.token);
    expect(r1.status).toBe(410);
    expect((await r1.json()).error.code).toBe("INVITE_REVOKED");
    const r2 = await accept(someone.token, expired.token);
    expect(r2.status).toBe(410);
    expect((await r2.json()).error.code).toBe("INVITE_EXPIRED");
  });

  it("already a member: 409, and the use is not counted", async () => {
    const owner = await signUpUser();
    const link = await createLink(owner.token, { role: "MEMBER", maxUses: 1 });
    const response = await accept(owner.token, link.token);
    expect(response.status).toBe(409);
    expect((await response.json()).error.code).toBe("ALREADY_MEMBER");
    expect((await db.inviteLink.findUniqueOrThrow({ where: { id: link.id } })).useCount).toBe(0);
  });

  it("belong to their organization: another org's admin gets 404 and an empty list", async () => {
    const a = await signUpUser();
    const b = await signUpUser();
    const link = await createLink(a.token, { role: "MEMBER" });
    expect((await call(revokeLinkRoute, "DELETE", "/", { token: b.token, params: { id: link.id } })).status).toBe(404);
    expect((await (await call(listLinksRoute, "GET", "/api/invite-links", { token: b.token })).json()).links).toEqual([]);
    expect((await db.inviteLink.findUniqueOrThrow({ where: { id: link.id } })).revokedAt).toBeNull();
  });
});
