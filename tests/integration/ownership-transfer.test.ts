import { describe, expect, it, vi } from "vitest";
import { POST as acceptRoute } from "../../app/api/organizations/current/transfer/accept/route";
import { DELETE as closeRoute, GET as getRoute, POST as requestRoute } from "../../app/api/organizations/current/transfer/route";
import { DELETE as removeMemberRoute, PATCH as changeRoleRoute } from "../../app/api/organizations/current/members/[userId]/route";
import { GET as meRoute } from "../../app/api/me/route";
import { PERMISSIONS } from "@/lib/permissions";
import { orgContextOf, resolveSession } from "@/server/auth/context";
import { db } from "@/server/db";
import { CANDIDATE_LIST_LIMIT, transferCandidates } from "@/server/ownership/queries";
import { requestTransfer } from "@/server/ownership/transfer-requests";
import { call } from "../support/http";
import { signUpUser } from "../support/factories";
import { createCustomRole, memberOf } from "../support/tenants";

const nominate = (token: string, userId: string, headers?: Record<string, string>) =>
  call(requestRoute, "POST", "/", { token, headers, body: { userId } });
const accept = (token: string, headers?: Record<string, string>) => call(acceptRoute, "POST", "/", { token, headers });
const close = (token: string, headers?: Record<string, string>) => call(closeRoute, "DELETE", "/", { token, headers });
const pending = async (token: string, headers?: Record<string, string>) =>
  (await (await call(getRoute, "GET", "/", { token, headers })).json()).transfer;

async function roles(organizationId: string) {
  const rows = await db.membership.findMany({ where: { organizationId }, select: { userId: true, role: true } });
  return Object.fromEntries(rows.map((row) => [row.userId, row.role]));
}

/** Everything a transfer touches in an organization: compared before and after a refusal, which must write nothing. */
async function snapshot(organizationId: string) {
  const [memberships, transfers, events] = await Promise.all([
    roles(organizationId),
    db.ownershipTransfer.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.auditEvent.count({ where: { organizationId } }),
  ]);
  return { memberships, transfers, events };
}

async function ownershipEvents(organizationId: string) {
  return db.auditEvent.findMany({
    where: { organizationId, action: { startsWith: "ownership." } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true, actorId: true, targetType: true, targetId: true, metadata: true },
  });
}

/** The context a page or server action gets for the holder of `token`. */
async function contextOf(token: string) {
  return orgContextOf((await resolveSession(token))!)!;
}
const meta = { ip: null, userAgent: null };

async function errorCode(response: Response) {
  return (await response.json()).error.code as string;
}

describe("nominating and accepting", () => {
  it("swaps the two roles at once when the nominee accepts; other owners keep theirs; the nomination is gone and audited", async () => {
    const owner = await signUpUser({ name: "Olga Owner", organizationName: "Handover" });
    const orgId = owner.organization.id;
    const coOwner = await memberOf(orgId, "OWNER");
    const nominee = await memberOf(orgId, "MEMBER");
    const bystander = await memberOf(orgId, "GUEST");

    const requested = await nominate(owner.token, nominee.user.id);
    expect(requested.status).toBe(201);
    const { transfer } = await requested.json();
    expect(transfer).toEqual({
      id: expect.any(String),
      from: { id: owner.user.id, name: "Olga Owner", email: owner.user.email },
      to: { id: nominee.user.id, name: expect.any(String), email: nominee.user.email },
      expiresAt: expect.any(String),
      createdAt: expect.any(String),
    });
    const days = (Date.parse(transfer.expiresAt) - Date.parse(transfer.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);

    // Nothing changes before the nominee accepts, and every member of the organization sees the nomination.
    expect((await roles(orgId))[nominee.user.id]).toBe("MEMBER");
    expect(await pending(bystander.token)).toEqual(transfer);
    expect(await pending(nominee.token)).toEqual(transfer);

    const accepted = await accept(nominee.token);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ organization: { id: orgId, name: "Handover", slug: owner.organization.slug }, role: "OWNER" });
    expect(await roles(orgId)).toEqual({
      [owner.user.id]: "ADMIN",
      [coOwner.user.id]: "OWNER",
      [nominee.user.id]: "OWNER",
      [bystander.user.id]: "GUEST",
    });
    expect(await db.ownershipTransfer.count({ where: { organizationId: orgId } })).toBe(0);
    expect(await pending(nominee.token)).toBeNull();

    expect(await ownershipEvents(orgId)).toEqual([
      {
        action: "ownership.transfer_requested",
        actorId: owner.user.id,
        targetType: "ownership_transfer",
        targetId: transfer.id,
        metadata: { fromUserId: owner.user.id, toUserId: nominee.user.id },
      },
      {
        action: "ownership.transferred",
        actorId: nominee.user.id,
        targetType: "ownership_transfer",
        targetId: transfer.id,
        metadata: { fromUserId: owner.user.id, toUserId: nominee.user.id, toPreviousRole: "MEMBER" },
      },
    ]);

    // The very next request of each sees the new role: the new owner may delete the organization, the old one not.
    const [newOwnerMe, oldOwnerMe] = await Promise.all([
      call(meRoute, "GET", "/", { token: nominee.token }),
      call(meRoute, "GET", "/", { token: owner.token }),
    ]);
    expect(await newOwnerMe.json()).toMatchObject({ role: "OWNER", permissions: expect.arrayContaining(["org.delete", "billing.manage"]) });
    const oldOwner = await oldOwnerMe.json();
    expect(oldOwner.role).toBe("ADMIN");
    expect(oldOwner.permissions).not.toContain("org.delete");
  });

  it("nominating again replaces the waiting nomination, recorded as cancelled; only the new nominee can accept", async () => {
    const owner = await signUpUser({ organizationName: "Second Thoughts" });
    const orgId = owner.organization.id;
    const first = await memberOf(orgId, "MEMBER");
    const second = await memberOf(orgId, "ADMIN");

    const firstId = (await (await nominate(owner.token, first.user.id)).json()).transfer.id;
    const replaced = await nominate(owner.token, second.user.id);
    expect(replaced.status).toBe(201);
    const secondId = (await replaced.json()).transfer.id;
    expect(await db.ownershipTransfer.findMany({ where: { organizationId: orgId }, select: { id: true } })).toEqual([{ id: secondId }]);
    expect((await ownershipEvents(orgId)).map((e) => [e.action, e.targetId, e.metadata])).toEqual([
      ["ownership.transfer_requested", firstId, { fromUserId: owner.user.id, toUserId: first.user.id }],
      ["ownership.transfer_cancelled", firstId, { fromUserId: owner.user.id, toUserId: first.user.id, reason: "replaced" }],
      ["ownership.transfer_requested", secondId, { fromUserId: owner.user.id, toUserId: second.user.id }],
    ]);

    expect((await accept(first.token)).status).toBe(404);
    expect((await accept(second.token)).status).toBe(200);
    expect(await roles(orgId)).toEqual({ [owner.user.id]: "ADMIN", [first.user.id]: "MEMBER", [second.user.id]: "OWNER" });
  });

  it("two owners nominating at the same moment take turns: both succeed and exactly one nomination remains", async () => {
    const owner = await signUpUser({ organizationName: "Crowded" });
    const orgId = owner.organization.id;
    const coOwner = await memberOf(orgId, "OWNER");
    const [x, y] = [await memberOf(orgId, "MEMBER"), await memberOf(orgId, "MEMBER")];
    const responses = await Promise.all([nominate(owner.token, x.user.id), nominate(coOwner.token, y.user.id)]);
    expect(responses.map((r) => r.status)).toEqual([201, 201]);
    expect(await db.ownershipTransfer.count({ where: { organizationId: orgId } })).toBe(1);
    expect((await ownershipEvents(orgId)).map((e) => e.action).sort()).toEqual([
      "ownership.transfer_cancelled",
      "ownership.transfer_requested",
      "ownership.transfer_requested",
    ]);
  });
});

describe("who may nominate whom", () => {
  it("only an owner by base role: admins, members, guests and an admin holding every permission get 403, and nothing is written", async () => {
    const owner = await signUpUser({ organizationName: "Gatekept" });
    const orgId = owner.organization.id;
    const admin = await memberOf(orgId, "ADMIN");
    const member = await memberOf(orgId, "MEMBER");
    const guest = await memberOf(orgId, "GUEST");
    const deputy = await memberOf(orgId, "ADMIN");
    const everything = await createCustomRole(owner.token, "Deputy", [...PERMISSIONS]);
    await db.membershipCustomRole.create({
      data: { organizationId: orgId, membershipId: deputy.membershipId, customRoleId: everything.id },
    });
    expect((await (await call(meRoute, "GET", "/", { token: deputy.token })).json()).permissions).toEqual([...PERMISSIONS]);

    const before = await snapshot(orgId);
    for (const nominator of [admin, member, guest, deputy]) {
      for (const target of [member.user.id, nominator.user.id]) {
        const response = await nominate(nominator.token, target);
        expect(response.status).toBe(403);
        expect(await errorCode(response)).toBe("FORBIDDEN");
      }
      // Refused before the body is even read.
      const invalid = await call(requestRoute, "POST", "/", { token: nominator.token, body: { nobody: true } });
      expect(invalid.status).toBe(403);
    }
    expect(await snapshot(orgId)).toEqual(before);
  });

  it("the nominee must be another current member who is not an owner: 404 for outsiders, 400 for oneself, owners and bad bodies", async () => {
    const owner = await signUpUser({ organizationName: "Choosy" });
    const orgId = owner.organization.id;
    const coOwner = await memberOf(orgId, "OWNER");
    const outsider = await signUpUser({ organizationName: "Outside" });
    const before = await snapshot(orgId);

    for (const userId of [outsider.user.id, outsider.organization.id, "c0000000000000000000000000", "../../etc", "x".repeat(64)]) {
      const response = await nominate(owner.token, userId);
      expect(response.status, userId).toBe(404);
      expect(await errorCode(response)).toBe("NOT_FOUND");
    }
    const self = await nominate(owner.token, owner.user.id);
    expect(self.status).toBe(400);
    expect((await self.json()).error).toMatchObject({
      code: "VALIDATION_FAILED",
      message: expect.stringContaining("already an owner"),
      fields: { userId: expect.any(String) },
    });
    const alreadyOwner = await nominate(owner.token, coOwner.user.id);
    expect(alreadyOwner.status).toBe(400);
    expect((await alreadyOwner.json()).error).toMatchObject({
      code: "VALIDATION_FAILED",
      message: expect.stringContaining("already an owner"),
    });

    for (const body of [{}, { userId: "" }, { userId: 42 }, { userId: "x".repeat(65) }, { userId: coOwner.user.id, extra: 1 }]) {
      const response = await call(requestRoute, "POST", "/", { token: owner.token, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(await errorCode(response)).toBe("VALIDATION_FAILED");
    }
    expect(
      (await call(requestRoute, "POST", "/", { token: owner.token, rawBody: "{not json", headers: { "content-type": "application/json" } }))
        .status,
    ).toBe(400);
    expect(
      (await call(requestRoute, "POST", "/", { token: owner.token, rawBody: "userId=x", headers: { "content-type": "text/plain" } }))
        .status,
    ).toBe(415);
    expect(await snapshot(orgId)).toEqual(before);
  });
});

describe("the settings form's nominee", () => {
  it("lists the members who are not owners, by name, and none once the organization is too large to list", async () => {
    const owner = await signUpUser({ name: "Olga Owner", organizationName: "Listed" });
    const orgId = owner.organization.id;
    await memberOf(orgId, "OWNER");
    const zed = await signUpUser({ name: "Zed Admin" });
    const amy = await signUpUser({ name: "Amy Guest" });
    await db.membership.createMany({
      data: [
        { organizationId: orgId, userId: zed.user.id, role: "ADMIN" },
        { organizationId: orgId, userId: amy.user.id, role: "GUEST" },
      ],
    });
    const ctx = await contextOf(owner.token);
    expect(await transferCandidates(ctx)).toEqual([
      { id: amy.user.id, name: "Amy Guest", email: amy.user.email, role: "GUEST" },
      { id: zed.user.id, name: "Zed Admin", email: zed.user.email, role: "ADMIN" },
    ]);

    const crowd = Array.from({ length: CANDIDATE_LIST_LIMIT }, (_, i) => ({
      id: `crowd${orgId}${i}`.slice(0, 60),
      email: `crowd-${i}-${orgId}@example.test`,
      name: `Crowd ${i}`,
      passwordHash: "x",
    }));
    await db.user.createMany({ data: crowd });
    await db.membership.createMany({ data: crowd.map((user) => ({ organizationId: orgId, userId: user.id, role: "MEMBER" as const })) });
    expect(await transferCandidates(ctx)).toBeNull();
  });

  it("may name the nominee by email: a member's works, an outsider's or an unknown one is not found", async () => {
    const owner = await signUpUser({ organizationName: "By Mail" });
    const orgId = owner.organization.id;
    const nominee = await memberOf(orgId, "MEMBER");
    const outsider = await signUpUser({ organizationName: "Elsewhere" });
    const ctx = await contextOf(owner.token);

    const before = await snapshot(orgId);
    expect(await requestTransfer(ctx, { email: outsider.user.email }, meta)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await requestTransfer(ctx, { email: "nobody@example.test" }, meta)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await requestTransfer(ctx, { email: owner.user.email }, meta)).toMatchObject({ ok: false, code: "VALIDATION_FAILED" });
    expect(await snapshot(orgId)).toEqual(before);

    const made = await requestTransfer(ctx, { email: nominee.user.email }, meta);
    expect(made).toMatchObject({ ok: true, transfer: { to: { id: nominee.user.id } } });
    expect((await accept(nominee.token)).status).toBe(200);
  });
});

describe("answering a nomination", () => {
  it("only the nominee accepts: anyone else is told there is nothing for them (404) and nothing changes", async () => {
    const owner = await signUpUser({ organizationName: "Only You" });
    const orgId = owner.organization.id;
    const nominee = await memberOf(orgId, "MEMBER");
    const coOwner = await memberOf(orgId, "OWNER");
    const bystander = await memberOf(orgId, "ADMIN");
    await nominate(owner.token, nominee.user.id);
    const before = await snapshot(orgId);
    for (const other of [owner, coOwner, bystander]) {
      const response = await accept(other.token);
      expect(response.status).toBe(404);
      expect(await errorCode(response)).toBe("NOT_FOUND");
    }
    expect(await snapshot(orgId)).toEqual(before);
  });

  it("the nominee declines, an owner cancels; a member who is neither gets 403; with nothing waiting, 404", async () => {
    const owner = await signUpUser({ organizationName: "Changing Minds" });
    const orgId = owner.organization.id;
    const nominee = await memberOf(orgId, "MEMBER");
    const coOwner = await memberOf(orgId, "OWNER");
    const admin = await memberOf(orgId, "ADMIN");

    const first = (await (await nominate(owner.token, nominee.user.id)).json()).transfer.id;
    const before = await snapshot(orgId);
    const refused = await close(admin.token);
    expect(refused.status).toBe(403);
    expect(await errorCode(refused)).toBe("FORBIDDEN");
    expect(await snapshot(orgId)).toEqual(before);

    expect((await close(nominee.token)).status).toBe(204);
    expect(await pending(owner.token)).toBeNull();
    const second = (await (await nominate(owner.token, nominee.user.id)).json()).transfer.id;
    // Another owner than the one who asked may cancel it too.
    expect((await close(coOwner.token)).status).toBe(204);
    const none = await close(owner.token);
    expect(none.status).toBe(404);
    expect(await errorCode(none)).toBe("NOT_FOUND");
    expect((await accept(nominee.token)).status).toBe(404);

    expect((await ownershipEvents(orgId)).map((e) => [e.action, e.actorId, e.targetId])).toEqual([
      ["ownership.transfer_requested", owner.user.id, first],
      ["ownership.transfer_declined", nominee.user.id, first],
      ["ownership.transfer_requested", owner.user.id, second],
      ["ownership.transfer_cancelled", coOwner.user.id, second],
    ]);
    expect(await roles(orgId)).toMatchObject({ [owner.user.id]: "OWNER", [nominee.user.id]: "MEMBER" });
  });

  it("an expired nomination cannot be accepted (409 TRANSFER_NOT_PENDING), nothing changes, and members no longer see it", async () => {
    const owner = await signUpUser({ organizationName: "Stale" });
    const orgId = owner.organization.id;
    const nominee = await memberOf(orgId, "MEMBER");
    await nominate(owner.token, nominee.user.id);
    await db.ownershipTransfer.updateMany({ where: { organizationId: orgId }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const before = await snapshot(orgId);
    const expired = await accept(nominee.token);
    expect(expired.status).toBe(409);
    expect(await errorCode(expired)).toBe("TRANSFER_NOT_PENDING");
    expect(await snapshot(orgId)).toEqual(before);
    expect(await pending(owner.token)).toBeNull();

    // A new nomination replaces the dead one and works.
    expect((await nominate(owner.token, nominee.user.id)).status).toBe(201);
    expect((await accept(nominee.token)).status).toBe(200);
  });

  it("is refused (409) once the nominating owner has been demoted, and gone once they left", async () => {
    const owner = await signUpUser({ organizationName: "Demoted" });
    const orgId = owner.organization.id;
    const coOwner = await memberOf(orgId, "OWNER");
    const nominee = await memberOf(orgId, "MEMBER");
    await nominate(owner.token, nominee.user.id);
    expect(
      (await call(changeRoleRoute, "PATCH", "/", { token: coOwner.token, params: { userId: owner.user.id }, body: { role: "MEMBER" } }))
        .status,
    ).toBe(200);

    const before = await snapshot(orgId);
    const stale = await accept(nominee.token);
    expect(stale.status).toBe(409);
    expect(await errorCode(stale)).toBe("TRANSFER_NOT_PENDING");
    expect(await snapshot(orgId)).toEqual(before);
    expect(await pending(nominee.token)).toBeNull();

    // The co-owner nominates, then leaves: the nomination leaves with them.
    await nominate(coOwner.token, nominee.user.id);
    expect(
      (await call(changeRoleRoute, "PATCH", "/", { token: coOwner.token, params: { userId: owner.user.id }, body: { role: "OWNER" } }))
        .status,
    ).toBe(200);
    expect((await call(removeMemberRoute, "DELETE", "/", { token: coOwner.token, params: { userId: coOwner.user.id } })).status).toBe(204);
    expect(await db.ownershipTransfer.count({ where: { organizationId: orgId } })).toBe(0);
    expect((await accept(nominee.token)).status).toBe(404);
    expect((await roles(orgId))[nominee.user.id]).toBe("MEMBER");
  });

  it("disappears when the nominee leaves or is removed", async () => {
    const owner = await signUpUser({ organizationName: "Gone Away" });
    const orgId = owner.organization.id;
    const leaver = await memberOf(orgId, "MEMBER");
    await nominate(owner.token, leaver.user.id);
    expect((await call(removeMemberRoute, "DELETE", "/", { token: leaver.token, params: { userId: leaver.user.id } })).status).toBe(204);
    expect(await db.ownershipTransfer.count({ where: { organizationId: orgId } })).toBe(0);

    const removed = await memberOf(orgId, "ADMIN");
    await nominate(owner.token, removed.user.id);
    expect((await call(removeMemberRoute, "DELETE", "/", { token: owner.token, params: { userId: removed.user.id } })).status).toBe(204);
    expect(await db.ownershipTransfer.count({ where: { organizationId: orgId } })).toBe(0);
    expect(await pending(owner.token)).toBeNull();
  });

  it("is atomic: when the swap fails halfway, neither role changes and the nomination still waits", async () => {
    const owner = await signUpUser({ organizationName: "Half Swap" });
    const orgId = owner.organization.id;
    const nominee = await memberOf(orgId, "MEMBER");
    await nominate(owner.token, nominee.user.id);
    const before = await snapshot(orgId);
    // The second write of the swap (the old owner becoming ADMIN) fails, after the first (nominee → OWNER) succeeded.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION fail_owner_demotion() RETURNS trigger AS $$
      BEGIN
        IF NEW."organizationId" = '${orgId}' AND OLD.role = 'OWNER' AND NEW.role = 'ADMIN' THEN
          RAISE EXCEPTION 'simulated failure';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fail_owner_demotion BEFORE UPDATE ON "Membership" FOR EACH ROW EXECUTE FUNCTION fail_owner_demotion()`,
    );
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const failed = await accept(nominee.token);
      expect(failed.status).toBe(500);
      expect(await errorCode(failed)).toBe("INTERNAL_ERROR");
    } finally {
      logged.mockRestore();
      await db.$executeRawUnsafe(`DROP TRIGGER fail_owner_demotion ON "Membership"`);
      await db.$executeRawUnsafe(`DROP FUNCTION fail_owner_demotion()`);
    }
    expect(await snapshot(orgId)).toEqual(before);
    expect(before.memberships).toEqual({ [owner.user.id]: "OWNER", [nominee.user.id]: "MEMBER" });
    expect((await pending(nominee.token))?.to.id).toBe(nominee.user.id);

    expect((await accept(nominee.token)).status).toBe(200);
  });

  it("accepted twice at once, or accepted while being cancelled, ends in exactly one consistent outcome", async () => {
    const owner = await signUpUser({ organizationName: "Race" });
    const orgId = owner.organization.id;
    const nominee = await memberOf(orgId, "MEMBER");
    await nominate(owner.token, nominee.user.id);
    const twice = await Promise.all([accept(nominee.token), accept(nominee.token)]);
    expect(twice.filter((r) => r.status === 200)).toHaveLength(1);
    expect(twice.every((r) => [200, 404, 409].includes(r.status))).toBe(true);
    expect(await roles(orgId)).toEqual({ [owner.user.id]: "ADMIN", [nominee.user.id]: "OWNER" });
    expect((await ownershipEvents(orgId)).filter((e) => e.action === "ownership.transferred")).toHaveLength(1);

    const next = await memberOf(orgId, "MEMBER");
    await nominate(nominee.token, next.user.id);
    const [accepted, cancelled] = await Promise.all([accept(next.token), close(nominee.token)]);
    const outcome = await roles(orgId);
    if (accepted.status === 200) {
      expect(cancelled.status).toBe(404);
      expect(outcome).toMatchObject({ [nominee.user.id]: "ADMIN", [next.user.id]: "OWNER" });
    } else {
      expect(cancelled.status).toBe(204);
      expect([404, 409]).toContain(accepted.status);
      expect(outcome).toMatchObject({ [nominee.user.id]: "OWNER", [next.user.id]: "MEMBER" });
    }
    expect(await db.ownershipTransfer.count({ where: { organizationId: orgId } })).toBe(0);
  });
});

describe("tenant isolation", () => {
  it("another organization's members neither see, cancel, accept nor aim at the nomination", async () => {
    const a = await signUpUser({ organizationName: "Transfer A" });
    const b = await signUpUser({ organizationName: "Transfer B" });
    const nominee = await memberOf(a.organization.id, "MEMBER");
    // B's owner is also a member of B only; B's member belongs to both organizations but acts in B.
    const bMember = await memberOf(b.organization.id, "MEMBER");
    await nominate(a.token, nominee.user.id);
    const before = await snapshot(a.organization.id);

    expect(await pending(b.token)).toBeNull();
    for (const response of [
      await close(b.token),
      await accept(b.token),
      await accept(bMember.token),
      await nominate(b.token, nominee.user.id),
    ]) {
      expect(response.status).toBe(404);
    }
    // Naming A with the header does not help someone who is not A's member.
    const intoA = { "x-organization-id": a.organization.id };
    for (const response of [
      await call(getRoute, "GET", "/", { token: b.token, headers: intoA }),
      await close(b.token, intoA),
      await accept(b.token, intoA),
      await nominate(b.token, nominee.user.id, intoA),
    ]) {
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("Transfer A");
    }
    expect(await snapshot(a.organization.id)).toEqual(before);
    expect(await db.ownershipTransfer.count({ where: { organizationId: b.organization.id } })).toBe(0);
  });

  it("the nominee answers in the organization they act in: accepting from another of their organizations finds nothing", async () => {
    const a = await signUpUser({ organizationName: "Home Base" });
    const nominee = await memberOf(a.organization.id, "MEMBER");
    await nominate(a.token, nominee.user.id);
    const ownOrg = (await db.membership.findFirst({ where: { userId: nominee.user.id, role: "OWNER" }, select: { organizationId: true } }))!
      .organizationId;
    const elsewhere = { "x-organization-id": ownOrg };
    expect(await pending(nominee.token, elsewhere)).toBeNull();
    expect((await accept(nominee.token, elsewhere)).status).toBe(404);
    expect((await close(nominee.token, elsewhere)).status).toBe(404);
    expect(await db.ownershipTransfer.count({ where: { organizationId: a.organization.id } })).toBe(1);
    expect((await accept(nominee.token, { "x-organization-id": a.organization.id })).status).toBe(200);
  });
});
