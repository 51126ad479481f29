// Verified domains: an organization proves a domain with a DNS TXT record (against the tests' DNS server), and people
// whose verified address is at it are offered the organization, or join it automatically, with the chosen role.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as joinRoute } from "../../app/api/account/joinable-organizations/[id]/join/route";
import { GET as joinableRoute } from "../../app/api/account/joinable-organizations/route";
import { POST as verifyEmailRoute } from "../../app/api/auth/verify-email/route";
import { DELETE as removeRoute, PATCH as updateRoute } from "../../app/api/domains/[id]/route";
import { POST as verifyRoute } from "../../app/api/domains/[id]/verify/route";
import { GET as listRoute } from "../../app/api/domains/route";
import { GET as projectsRoute } from "../../app/api/projects/route";
import { recheckVerifiedDomains } from "@/server/domains/recheck";
import { db } from "@/server/db";
import { verificationToken } from "../support/account";
import { signUpUser } from "../support/factories";
import { call, sessionTokenOf } from "../support/http";
import { setTxtRecords } from "../support/dns-server";
import { addDomain as add, freshDomain, verifyDomain as verified } from "../support/domains";

/** A new person at `domain` whose address is verified (through the emailed link). */
async function colleague(domain: string) {
  const person = await signUpUser({ email: `grace-${randomBytes(3).toString("hex")}@${domain}`, organizationName: "Own" });
  const token = await verificationToken(person.user.email);
  expect((await call(verifyEmailRoute, "POST", "/api/auth/verify-email", { body: { token } })).status).toBe(200);
  return person;
}

describe("claiming and verifying a domain", () => {
  it("gives the TXT record to add, refuses until it is there, and verifies once it is (audited)", async () => {
    const owner = await signUpUser();
    const domain = freshDomain();
    const added = await add(owner.token, `  https://WWW.${domain.toUpperCase()}/ `);
    expect(added.status).toBe(201);
    const { domain: row } = await added.json();
    expect(row).toMatchObject({
      domain,
      status: "pending",
      record: {
        type: "TXT",
        name: `_orgstack-verification.${domain}`,
        value: expect.stringMatching(/^orgstack-verification=[0-9a-f]{32}$/),
      },
    });

    const early = await call(verifyRoute, "POST", "/", { token: owner.token, params: { id: row.id } });
    expect(early.status).toBe(409);
    expect((await early.json()).error).toMatchObject({ code: "DOMAIN_NOT_VERIFIED", message: expect.stringContaining(row.record.value) });
    // A record with another value proves nothing.
    await setTxtRecords(row.record.name, ["orgstack-verification=someone-else"]);
    expect((await call(verifyRoute, "POST", "/", { token: owner.token, params: { id: row.id } })).status).toBe(409);

    await setTxtRecords(row.record.name, [row.record.value]);
    const ok = await call(verifyRoute, "POST", "/", { token: owner.token, params: { id: row.id } });
    expect(ok.status).toBe(200);
    expect((await ok.json()).domain).toMatchObject({ status: "verified", verifiedAt: expect.any(String) });
    const audit = await db.auditEvent.findMany({
      where: { organizationId: owner.organization.id, targetType: "domain" },
      select: { action: true },
    });
    expect(audit.map((event) => event.action).sort()).toEqual(["domain.added", "domain.verified"]);
  });

  it("refuses free-mail domains and what is not a domain", async () => {
    const owner = await signUpUser();
    for (const domain of ["gmail.com", "Outlook.com", "co.uk", "localhost", "exa mple.com", "-bad.com", "a".repeat(64) + ".com"]) {
      const response = await add(owner.token, domain);
      expect(response.status, domain).toBe(400);
      expect((await response.json()).error.code).toBe("VALIDATION_FAILED");
    }
  });

  it("belongs to the first organization that proves it: the second gets 409 DOMAIN_TAKEN", async () => {
    const first = await signUpUser();
    const second = await signUpUser();
    const domain = freshDomain();
    const claim = await (await add(second.token, domain)).json();
    await verified(first.token, domain);
    await setTxtRecords(claim.domain.record.name, [claim.domain.record.value]);
    const taken = await call(verifyRoute, "POST", "/", { token: second.token, params: { id: claim.domain.id } });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error.code).toBe("DOMAIN_TAKEN");
  });

  it("says 503 when DNS cannot be reached, and changes nothing", async () => {
    const owner = await signUpUser();
    const { domain: row } = await (await add(owner.token, freshDomain())).json();
    await setTxtRecords(row.record.name, ["SERVFAIL"]);
    expect((await call(verifyRoute, "POST", "/", { token: owner.token, params: { id: row.id } })).status).toBe(503);
    expect((await db.organizationDomain.findUniqueOrThrow({ where: { id: row.id } })).lastCheckedAt).toBeNull();
  });

  it("is another organization's business: its domains are a 404 by id", async () => {
    const owner = await signUpUser();
    const stranger = await signUpUser();
    const row = await verified(owner.token, freshDomain());
    expect((await call(verifyRoute, "POST", "/", { token: stranger.token, params: { id: row.id } })).status).toBe(404);
    expect(
      (
        await call(updateRoute, "PATCH", "/", {
          token: stranger.token,
          params: { id: row.id },
          body: { joinMode: "AUTOMATIC", joinRole: "ADMIN" },
        })
      ).status,
    ).toBe(404);
    expect((await call(removeRoute, "DELETE", "/", { token: stranger.token, params: { id: row.id } })).status).toBe(404);
    expect((await (await call(listRoute, "GET", "/api/domains", { token: stranger.token })).json()).domains).toEqual([]);
    expect(await db.organizationDomain.count({ where: { id: row.id } })).toBe(1);
  });
});

describe("joining through a verified domain", () => {
  it("suggests the organization to a colleague with a verified address, who joins with the chosen role", async () => {
    const owner = await signUpUser({ organizationName: "Acme" });
    const domain = freshDomain();
    const row = await verified(owner.token, domain);
    expect(
      (
        await call(updateRoute, "PATCH", "/", {
          token: owner.token,
          params: { id: row.id },
          body: { joinMode: "SUGGEST", joinRole: "GUEST" },
        })
      ).status,
    ).toBe(200);

    const grace = await colleague(domain);
    const joinable = await (await call(joinableRoute, "GET", "/", { token: grace.token })).json();
    expect(joinable.organizations).toEqual([
      {
        organization: { id: owner.organization.id, name: "Acme", slug: owner.organization.slug },
        domain,
        joinMode: "SUGGEST",
        role: "GUEST",
      },
    ]);
    // Suggested, not joined.
    expect(await db.membership.count({ where: { organizationId: owner.organization.id, userId: grace.user.id } })).toBe(0);

    const joined = await call(joinRoute, "POST", "/", { token: grace.token, params: { id: owner.organization.id } });
    expect(joined.status).toBe(201);
    expect(await joined.json()).toMatchObject({ organization: { id: owner.organization.id }, role: "GUEST" });
    expect((await call(projectsRoute, "GET", "/api/projects", { token: sessionTokenOf(joined) })).status).toBe(200);
    expect(
      await db.auditEvent.count({
        where: { organizationId: owner.organization.id, action: "member.joined_by_domain", actorId: grace.user.id },
      }),
    ).toBe(1);
    // Once a member, it is no longer offered; joining again is a 404.
    expect((await (await call(joinableRoute, "GET", "/", { token: grace.token })).json()).organizations).toEqual([]);
    expect((await call(joinRoute, "POST", "/", { token: grace.token, params: { id: owner.organization.id } })).status).toBe(404);
  });

  it("joins a colleague automatically when their address is verified, set to do so", async () => {
    const owner = await signUpUser({ organizationName: "Acme" });
    const domain = freshDomain();
    const row = await verified(owner.token, domain);
    await call(updateRoute, "PATCH", "/", {
      token: owner.token,
      params: { id: row.id },
      body: { joinMode: "AUTOMATIC", joinRole: "MEMBER" },
    });
    const grace = await colleague(domain);
    const membership = await db.membership.findUniqueOrThrow({
      where: { organizationId_userId: { organizationId: owner.organization.id, userId: grace.user.id } },
    });
    expect(membership.role).toBe("MEMBER");
  });

  it("offers nothing to an unverified address, another domain, or through a pending or lapsed domain", async () => {
    const owner = await signUpUser();
    const domain = freshDomain();
    const row = await verified(owner.token, domain);
    const unverified = await signUpUser({ email: `ada@${domain}` });
    expect((await (await call(joinableRoute, "GET", "/", { token: unverified.token })).json()).organizations).toEqual([]);
    expect((await call(joinRoute, "POST", "/", { token: unverified.token, params: { id: owner.organization.id } })).status).toBe(403);
    // A subdomain is another domain.
    const sub = await colleague(`eu.${domain}`);
    expect((await (await call(joinableRoute, "GET", "/", { token: sub.token })).json()).organizations).toEqual([]);
    expect((await call(joinRoute, "POST", "/", { token: sub.token, params: { id: owner.organization.id } })).status).toBe(404);

    // The record goes away: the daily re-check lapses the verification, and joining stops until it is back.
    await setTxtRecords(row.record.name, null);
    expect((await recheckVerifiedDomains()).lapsed).toContain(domain);
    const grace = await colleague(domain);
    expect((await (await call(joinableRoute, "GET", "/", { token: grace.token })).json()).organizations).toEqual([]);
    expect((await (await call(listRoute, "GET", "/", { token: owner.token })).json()).domains[0]).toMatchObject({
      status: "lapsed",
      lapsedAt: expect.any(String),
    });
    expect(await db.auditEvent.count({ where: { organizationId: owner.organization.id, action: "domain.lapsed" } })).toBe(1);
    await setTxtRecords(row.record.name, [row.record.value]);
    expect((await recheckVerifiedDomains()).restored).toContain(domain);
    expect((await (await call(joinableRoute, "GET", "/", { token: grace.token })).json()).organizations).toHaveLength(1);
  });

  it("never joins anyone as an owner, and changing the rule needs a verified domain", async () => {
    const owner = await signUpUser();
    const { domain: pending } = await (await add(owner.token, freshDomain())).json();
    expect(
      (
        await call(updateRoute, "PATCH", "/", {
          token: owner.token,
          params: { id: pending.id },
          body: { joinMode: "AUTOMATIC", joinRole: "MEMBER" },
        })
      ).status,
    ).toBe(409);
    const row = await verified(owner.token, freshDomain());
    expect(
      (
        await call(updateRoute, "PATCH", "/", {
          token: owner.token,
          params: { id: row.id },
          body: { joinMode: "AUTOMATIC", joinRole: "OWNER" },
        })
      ).status,
    ).toBe(400);
  });
});
