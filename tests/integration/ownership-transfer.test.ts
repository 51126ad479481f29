import { describe, expect, it } from "vitest";
import { POST as acceptRoute } from "../../app/api/organizations/current/transfer/accept/route";
import { DELETE as cancelRoute, GET as getRoute, POST as requestRoute } from "../../app/api/organizations/current/transfer/route";
import { DELETE as removeMemberRoute } from "../../app/api/organizations/current/members/[userId]/route";
import { db } from "@/server/db";
import { call } from "../support/http";
import { signUpUser } from "../support/factories";
import { memberOf } from "../support/tenants";

const nominate = (token: string, userId: string) => call(requestRoute, "POST", "/", { token, body: { userId } });
const accept = (token: string) => call(acceptRoute, "POST", "/", { token });
async function roles(organizationId: string) {
  const rows = await db.membership.findMany({ where: { organizationId }, select: { userId: true, role: true } });
  return Object.fromEntries(rows.map((row) => [row.userId, row.role]));
}

describe("ownership transfer", () => {
  it("an owner nominates a member, who accepts: they swap roles at once and other owners keep theirs", async () => {
    const owner = await signUpUser({ organizationName: "Handover" });
    const coOwner = await memberOf(owner.organization.id, "OWNER");
    const nominee = await memberOf(owner.organization.id, "MEMBER");

    const requested = await nominate(owner.token, nominee.user.id);
    expect(requested.status).toBe(201);
    expect((await requested.json()).transfer).toMatchObject({ from: { id: owner.user.id }, to: { id: nominee.user.id } });
    // Nothing changes before the nominee accepts; every member sees the nomination.
    expect((await roles(owner.organization.id))[nominee.user.id]).toBe("MEMBER");
    expect((await (await call(getRoute, "GET", "/", { token: nominee.token })).json()).transfer.to.id).toBe(nominee.user.id);

    const accepted = await accept(nominee.token);
    expect(accepted.status).toBe(200);
    expect(await roles(owner.organization.id)).toEqual({ [owner.user.id]: "ADMIN", [coOwner.user.id]: "OWNER", [nominee.user.id]: "OWNER" });
    expect(await db.ownershipTransfer.count({ where: { organizationId: owner.organization.id } })).toBe(0);
    const actions = (await db.auditEvent.findMany({ where: { organizationId: owner.organization.id, action: { startsWith: "ownership." } }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["ownership.transfer_requested", "ownership.transferred"]);
  });

  it("only owners nominate (an admin gets 403), only members can be nominated (404), and nothing is written", async () => {
    const owner = await signUpUser({ organizationName: "Gatekept" });
    const admin = await memberOf(owner.organization.id, "ADMIN");
    const member = await memberOf(owner.organization.id, "MEMBER");
    const outsider = await signUpUser({ organizationName: "Outside" });
    expect((await nominate(admin.token, member.user.id)).status).toBe(403);
    expect((await nominate(owner.token, outsider.user.id)).status).toBe(404);
    expect((await nominate(owner.token, owner.user.id)).status).toBe(400);
    expect(await db.ownershipTransfer.count({ where: { organizationId: owner.organization.id } })).toBe(0);
  });

  it("only the nominee accepts: anyone else is told there is nothing for them (404), nothing changes", async () => {
    const owner = await signUpUser({ organizationName: "Only You" });
    const nominee = await memberOf(owner.organization.id, "MEMBER");
    const bystander = await memberOf(owner.organization.id, "ADMIN");
    await nominate(owner.token, nominee.user.id);
    const before = await roles(owner.organization.id);
    expect((await accept(bystander.token)).status).toBe(404);
    expect((await accept(owner.token)).status).toBe(404);
    expect(await roles(owner.organization.id)).toEqual(before);
  });

  it("an expired nomination, or one whose owner was demoted meanwhile, can no longer be accepted (409)", async () => {
    const owner = await signUpUser({ organizationName: "Stale" });
    const nominee = await memberOf(owner.organization.id, "MEMBER");
    await nominate(owner.token, nominee.user.id);
    await db.ownershipTransfer.updateMany({ where: { organizationId: owner.organization.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await accept(nominee.token);
    expect(expired.status).toBe(409);
    expect((await expired.json()).error.code).toBe("TRANSFER_NOT_PENDING");

    await memberOf(owner.organization.id, "OWNER");
    await nominate(owner.token, nominee.user.id);
    await db.membership.updateMany({ where: { organizationId: owner.organization.id, userId: owner.user.id }, data: { role: "ADMIN" } });
    expect((await accept(nominee.token)).status).toBe(409);
    expect((await roles(owner.organization.id))[nominee.user.id]).toBe("MEMBER");
  });

  it("disappears when the nominee leaves; the nominee may decline, an owner may cancel", async () => {
    const owner = await signUpUser({ organizationName: "Changing Minds" });
    const nominee = await memberOf(owner.organization.id, "MEMBER");
    await nominate(owner.token, nominee.user.id);
    expect((await call(removeMemberRoute, "DELETE", "/", { token: nominee.token, params: { userId: nominee.user.id } })).status).toBe(204);
    expect(await db.ownershipTransfer.count({ where: { organizationId: owner.organization.id } })).toBe(0);

    const second = await memberOf(owner.organization.id, "MEMBER");
    await nominate(owner.token, second.user.id);
    expect((await call(cancelRoute, "DELETE", "/", { token: second.token })).status).toBe(204);
    await nominate(owner.token, second.user.id);
    expect((await call(cancelRoute, "DELETE", "/", { token: owner.token })).status).toBe(204);
    expect((await call(cancelRoute, "DELETE", "/", { token: owner.token })).status).toBe(409);
    const actions = (await db.auditEvent.findMany({ where: { organizationId: owner.organization.id, action: { startsWith: "ownership." } }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions.slice(-4)).toEqual(["ownership.transfer_requested", "ownership.transfer_declined", "ownership.transfer_requested", "ownership.transfer_cancelled"]);
  });

  it("is atomic: when the swap fails halfway, neither role changes and the nomination still waits", async () => {
    const owner = await signUpUser({ organizationName: "Half Swap" });
    const nominee = await memberOf(owner.organization.id, "MEMBER");
    await nominate(owner.token, nominee.user.id);
    // The second write of the swap (the old owner becoming ADMIN) fails.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION fail_owner_demotion() RETURNS trigger AS $$
      BEGIN
        IF NEW."organizationId" = '${owner.organization.id}' AND OLD.role = 'OWNER' AND NEW.role = 'ADMIN' THEN
          RAISE EXCEPTION 'simulated failure';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_owner_demotion BEFORE UPDATE ON "Membership" FOR EACH ROW EXECUTE FUNCTION fail_owner_demotion()`);
    try {
      expect((await accept(nominee.token)).status).toBe(500);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_owner_demotion ON "Membership"`);
      await db.$executeRawUnsafe(`DROP FUNCTION fail_owner_demotion()`);
    }
    expect(await roles(owner.organization.id)).toEqual({ [owner.user.id]: "OWNER", [nominee.user.id]: "MEMBER" });
    expect(await db.ownershipTransfer.count({ where: { organizationId: owner.organization.id } })).toBe(1);
    expect((await accept(nominee.token)).status).toBe(200);
  });

  it("is invisible across organizations: another organization's owner sees none and cannot cancel it", async () => {
    const a = await signUpUser({ organizationName: "Transfer A" });
    const b = await signUpUser({ organizationName: "Transfer B" });
    const nominee = await memberOf(a.organization.id, "MEMBER");
    await nominate(a.token, nominee.user.id);
    expect((await (await call(getRoute, "GET", "/", { token: b.token })).json()).transfer).toBeNull();
    expect((await call(cancelRoute, "DELETE", "/", { token: b.token })).status).toBe(409);
    expect((await nominate(b.token, nominee.user.id)).status).toBe(404);
    expect(await db.ownershipTransfer.count({ where: { organizationId: a.organization.id } })).toBe(1);
  });
});
