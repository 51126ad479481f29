import { describe, expect, it } from "vitest";
import { POST as restoreRoute } from "../../app/api/organizations/[id]/restore/route";
import { GET as auditRoute } from "../../app/api/audit/route";
import { POST as acceptRoute } from "../../app/api/invites/accept/route";
import { GET as invitesRoute } from "../../app/api/invites/route";
import { GET as meRoute } from "../../app/api/me/route";
import { GET as membersRoute } from "../../app/api/organizations/current/members/route";
import { DELETE as deleteRoute, GET as currentRoute } from "../../app/api/organizations/current/route";
import { POST as switchRoute } from "../../app/api/organizations/switch/route";
import { GET as projectsRoute } from "../../app/api/projects/route";
import { purgeDeletedOrganizations } from "@/server/organizations/purge";
import { localDiskStorage } from "@/server/storage/local-disk";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { call, sessionTokenOf } from "../support/http";
import { createOrganization, signUpUser, uniqueEmail } from "../support/factories";
import { inviteAndReadToken } from "../support/invites";
import { createProject, memberOf } from "../support/tenants";

async function remove(token: string, confirm: string) {
  return call(deleteRoute, "DELETE", "/api/organizations/current", { token, body: { confirm } });
}
async function restore(token: string, id: string) {
  return call(restoreRoute, "POST", "/", { token, params: { id } });
}
const DAY = 86_400_000;

describe("deleting an organization", () => {
  it("refuses a confirmation that is not the organization's name (400), and non-owners (403); nothing is written", async () => {
    const owner = await signUpUser({ organizationName: "Careful Co" });
    const admin = await memberOf(owner.organization.id, "ADMIN");
    const mismatch = await remove(owner.token, "careful co");
    expect(mismatch.status).toBe(400);
    expect((await mismatch.json()).error).toMatchObject({
      code: "CONFIRMATION_MISMATCH",
      fields: { confirm: expect.stringContaining("Careful Co") },
    });
    expect((await remove(admin.token, "Careful Co")).status).toBe(403);
    expect((await call(deleteRoute, "DELETE", "/", { token: owner.token, body: {} })).status).toBe(400);
    const row = await db.organization.findUniqueOrThrow({ where: { id: owner.organization.id }, select: { deletedAt: true } });
    expect(row.deletedAt).toBeNull();
    expect(await db.auditEvent.count({ where: { organizationId: owner.organization.id, action: "organization.deleted" } })).toBe(0);
  });

  it("hides it from every route for every member at once; members land in another organization or none", async () => {
    const owner = await signUpUser({ organizationName: "Doomed" });
    await createProject(owner.token, "Doomed project");
    const member = await memberOf(owner.organization.id, "ADMIN"); // also member of "Their Own Org"
    const { invite, token: inviteToken } = await inviteAndReadToken(owner.token, uniqueEmail("late"));
    expect(invite).toBeTruthy();
    const memberTokenBefore = member.token;

    expect((await remove(owner.token, "  Doomed ")).status).toBe(204);

    // The member's session moved to their own organization.
    const me = await (await call(meRoute, "GET", "/", { token: memberTokenBefore })).json();
    expect(me.organization.name).toBe("Their Own Org");
    expect(me.memberships.map((m: { organization: { id: string } }) => m.organization.id)).not.toContain(owner.organization.id);
    // The owner had no other organization: none is active.
    expect((await call(projectsRoute, "GET", "/", { token: owner.token })).status).toBe(401);

    // Every route, even naming the organization explicitly, answers 404.
    const explicit = { "x-organization-id": owner.organization.id };
    for (const route of [projectsRoute, currentRoute, membersRoute, invitesRoute, auditRoute]) {
      const response = await call(route, "GET", "/", { token: memberTokenBefore, headers: explicit });
      expect(response.status).toBe(404);
    }
    expect(
      (await call(switchRoute, "POST", "/", { token: memberTokenBefore, body: { organizationId: owner.organization.id } })).status,
    ).toBe(404);

    // Its invitations open nothing.
    const stranger = await signUpUser({ organizationName: "Stranger" });
    expect((await call(acceptRoute, "POST", "/", { token: stranger.token, body: { token: inviteToken } })).status).toBe(404);

    const event = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: owner.organization.id, action: "organization.deleted" },
    });
    expect(event.actorId).toBe(owner.user.id);
  });

  it("leaves the user's other organizations untouched", async () => {
    const owner = await signUpUser({ organizationName: "Keeper" });
    await createProject(owner.token, "Kept project");
    const second = await createOrganization(owner.token, "Goner");
    expect((await remove(second.token, "Goner")).status).toBe(204);
    const projects = await (await call(projectsRoute, "GET", "/", { token: second.token })).json();
    expect(projects.projects.map((p: { name: string }) => p.name)).toEqual(["Kept project"]);
  });
});

describe("restoring", () => {
  it("an owner restores within 30 days: the data is all there and the owner is switched into it", async () => {
    const owner = await signUpUser({ organizationName: "Phoenix" });
    await createProject(owner.token, "Ashes");
    expect((await remove(owner.token, "Phoenix")).status).toBe(204);
    const response = await restore(owner.token, owner.organization.id);
    expect(response.status).toBe(200);
    expect((await response.json()).organization.id).toBe(owner.organization.id);
    const projects = await (await call(projectsRoute, "GET", "/", { token: sessionTokenOf(response) })).json();
    expect(projects.projects.map((p: { name: string }) => p.name)).toEqual(["Ashes"]);
    expect(await db.auditEvent.count({ where: { organizationId: owner.organization.id, action: "organization.restored" } })).toBe(1);
  });

  it("refuses after the grace period (410), to non-owners (403) and to non-members (404)", async () => {
    const owner = await signUpUser({ organizationName: "Too Late" });
    const admin = await memberOf(owner.organization.id, "ADMIN");
    const stranger = await signUpUser({ organizationName: "Nosy" });
    expect((await remove(owner.token, "Too Late")).status).toBe(204);
    expect((await restore(admin.token, owner.organization.id)).status).toBe(403);
    expect((await restore(stranger.token, owner.organization.id)).status).toBe(404);
    expect((await restore(owner.token, "nonsense id!")).status).toBe(404);

    await db.organization.update({ where: { id: owner.organization.id }, data: { deletedAt: new Date(Date.now() - 31 * DAY) } });
    const late = await restore(owner.token, owner.organization.id);
    expect(late.status).toBe(410);
    expect((await late.json()).error.code).toBe("ORGANIZATION_PURGED");
  });
});

describe("purging", () => {
  it("removes organizations deleted more than 30 days ago with all their rows, and keeps the rest", async () => {
    const old = await signUpUser({ organizationName: "Long Gone" });
    await createProject(old.token, "Old project");
    await inviteAndReadToken(old.token, uniqueEmail("old-invitee"));
    const recent = await signUpUser({ organizationName: "Recently Gone" });
    const live = await signUpUser({ organizationName: "Alive" });
    expect((await remove(old.token, "Long Gone")).status).toBe(204);
    expect((await remove(recent.token, "Recently Gone")).status).toBe(204);
    await db.organization.update({ where: { id: old.organization.id }, data: { deletedAt: new Date(Date.now() - 31 * DAY) } });

    const purged = await purgeDeletedOrganizations(db as unknown as PrismaClient, localDiskStorage(process.env.STORAGE_DIR!));
    expect(purged.map((o) => o.id)).toContain(old.organization.id);
    expect(purged.map((o) => o.id)).not.toContain(recent.organization.id);

    const where = { organizationId: old.organization.id };
    expect(await db.organization.count({ where: { id: old.organization.id } })).toBe(0);
    expect(await db.project.count({ where })).toBe(0);
    expect(await db.membership.count({ where })).toBe(0);
    expect(await db.invitation.count({ where })).toBe(0);
    expect(await db.auditEvent.count({ where })).toBe(0);
    expect(await db.user.count({ where: { id: old.user.id } })).toBe(1);
    expect(await db.organization.count({ where: { id: { in: [recent.organization.id, live.organization.id] } } })).toBe(2);
  });
});
