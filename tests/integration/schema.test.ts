import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { signUpUser } from "../support/factories";

describe("deletes cascade where a user would expect", () => {
  it("deleting an organization removes its memberships and leaves its users and their sessions", async () => {
    const { user, organization } = await signUpUser();
    // Its audit log goes too, which only a purge may do (see the append-only trigger).
    await expect(db.organization.delete({ where: { id: organization.id } })).rejects.toThrow(/append-only/);
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('orgstack.purging_org', ${organization.id}, true)`;
      await tx.organization.delete({ where: { id: organization.id } });
    });
    expect(await db.auditEvent.count({ where: { organizationId: organization.id } })).toBe(0);
    expect(await db.membership.count({ where: { organizationId: organization.id } })).toBe(0);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastActiveOrganizationId: true } });
    expect(after.lastActiveOrganizationId).toBeNull();
    const sessions = await db.session.findMany({ where: { userId: user.id }, select: { activeOrganizationId: true } });
    expect(sessions).toEqual([{ activeOrganizationId: null }]);
  });

  it("deleting a user removes their memberships and sessions, not their organization", async () => {
    const { user, organization } = await signUpUser();
    await db.user.delete({ where: { id: user.id } });
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.organization.count({ where: { id: organization.id } })).toBe(1);
  });

  it("allows one membership per user and organization", async () => {
    const { user, organization } = await signUpUser();
    await expect(db.membership.create({ data: { userId: user.id, organizationId: organization.id, role: "MEMBER" } })).rejects.toThrow();
  });
});
