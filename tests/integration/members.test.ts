import { describe, expect, it } from "vitest";
import { GET as listMembersRoute } from "../../app/api/organizations/current/members/route";
import { DELETE as removeMemberRoute, PATCH as changeRoleRoute } from "../../app/api/organizations/current/members/[userId]/route";
import { GET as meRoute } from "../../app/api/me/route";
import { GET as listProjectsRoute } from "../../app/api/projects/route";
import { db } from "@/server/db";
import { call } from "../support/http";
import { addMember, signUpUser, uniqueEmail } from "../support/factories";
import { createCustomRole, createProject, memberOf } from "../support/tenants";

async function changeRole(token: string, userId: string, role: string) {
  return call(changeRoleRoute, "PATCH", "/", { token, params: { userId }, body: { role } });
}
async function remove(token: string, userId: string) {
  return call(removeMemberRoute, "DELETE", "/", { token, params: { userId } });
}
async function roleOf(organizationId: string, userId: string) {
  return (
    (await db.membership.findUnique({ where: { organizationId_userId: { organizationId, userId } }, select: { role: true } }))?.role ?? null
  );
}
async function snapshot(organizationId: string) {
  const [memberships, events] = await Promise.all([
    db.membership.findMany({ where: { organizationId }, select: { userId: true, role: true }, orderBy: { userId: "asc" } }),
    db.auditEvent.count({ where: { organizationId } }),
  ]);
  return { memberships, events };
}

describe("listing members", () => {
  it("pages through every member oldest first with a cursor, each once, with base and custom roles", async () => {
    const owner = await signUpUser({ name: "Olive Owner", organizationName: "Paged" });
    const orgId = owner.organization.id;
    const role = await createCustomRole(owner.token, "Reviewer", ["projects.read"]);
    const added = [];
    for (let i = 0; i < 7; i++) added.push(await addMember(orgId, (await signUpUser({ name: `Member ${i}` })).user.id, "MEMBER"));
    await db.membershipCustomRole.create({ data: { organizationId: orgId, membershipId: added[0]!.id, customRoleId: role.id } });

    const seen: Array<{ user: { id: string; name: string }; role: string; roles: Array<{ name: string }> }> = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await call(listMembersRoute, "GET", `/?limit=3${cursor ? `&cursor=${cursor}` : ""}`, { token: owner.token });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { members: typeof seen; nextCursor: string | null };
      seen.push(...body.members);
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor);

    expect(pages).toBe(3);
    expect(seen.map((m) => m.user.name)).toEqual(["Olive Owner", ...Array.from({ length: 7 }, (_, i) => `Member ${i}`)]);
    expect(seen[0]!.role).toBe("OWNER");
    expect(seen[1]!.roles.map((r) => r.name)).toEqual(["Reviewer"]);
  });

  it("searches names and emails case-insensitively, treating % and _ literally", async () => {
    const owner = await signUpUser({ organizationName: "Searchable" });
    const email = uniqueEmail("grace_hopper");
    await addMember(owner.organization.id, (await signUpUser({ name: "Grace Hopper", email })).user.id, "MEMBER");
    await addMember(owner.organization.id, (await signUpUser({ name: "Alan Turing" })).user.id, "MEMBER");

    const names = async (q: string) => {
      const response = await call(listMembersRoute, "GET", `/?q=${encodeURIComponent(q)}`, { token: owner.token });
      return ((await response.json()) as { members: Array<{ user: { name: string } }> }).members.map((m) => m.user.name);
    };
    expect(await names("HOPPER")).toEqual(["Grace Hopper"]);
    expect(await names("grace_hop")).toEqual(["Grace Hopper"]);
    expect(await names("%")).toEqual([]);
  });

  it("pages through search results with a cursor", async () => {
    const owner = await signUpUser({ organizationName: "Search Pages" });
    for (const name of ["Pat One", "Someone Else", "Pat Two", "Pat Three"])
      await addMember(owner.organization.id, (await signUpUser({ name })).user.id, "MEMBER");
    const first = await (await call(listMembersRoute, "GET", "/?q=pat&limit=2", { token: owner.token })).json();
    expect(first.members.map((m: { user: { name: string } }) => m.user.name)).toEqual(["Pat One", "Pat Two"]);
    const second = await (await call(listMembersRoute, "GET", `/?q=pat&limit=2&cursor=${first.nextCursor}`, { token: owner.token })).json();
    expect(second.members.map((m: { user: { name: string } }) => m.user.name)).toEqual(["Pat Three"]);
    expect(second.nextCursor).toBeNull();
  });

  it("answers 400 for a search that is too long, and lists only the caller's organization", async () => {
    const a = await signUpUser({ organizationName: "Alone A" });
    const b = await signUpUser({ name: "Bea Elsewhere", organizationName: "Alone B" });
    const tooLong = await call(listMembersRoute, "GET", `/?q=${"x".repeat(101)}`, { token: a.token });
    expect(tooLong.status).toBe(400);
    const listed = (await (await call(listMembersRoute, "GET", "/", { token: a.token })).json()) as {
      members: Array<{ user: { id: string } }>;
    };
    expect(listed.members.map((m) => m.user.id)).toEqual([a.user.id]);
    expect(listed.members.map((m) => m.user.id)).not.toContain(b.user.id);
  });
});

describe("changing roles", () => {
  it("an owner changes a member's role, and the change is audited with from and to", async () => {
    const owner = await signUpUser({ organizationName: "Promotions" });
    const member = await memberOf(owner.organization.id, "MEMBER");
    const response = await call(changeRoleRoute, "PATCH", "/", {
      token: owner.token,
      params: { userId: member.user.id },
      body: { role: "ADMIN" },
      headers: { "user-agent": "members-test", "x-forwarded-for": "203.0.113.9" },
    });
    expect(response.status).toBe(200);
    expect((await response.json()).member).toMatchObject({ user: { id: member.user.id }, role: "ADMIN" });
    expect(await roleOf(owner.organization.id, member.user.id)).toBe("ADMIN");

    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: owner.organization.id, action: "member.role_changed" } });
    expect(event).toMatchObject({
      actorId: owner.user.id,
      targetType: "user",
      targetId: member.user.id,
      ip: "203.0.113.9",
      userAgent: "members-test",
    });
    expect(event.metadata).toEqual({ from: "MEMBER", to: "ADMIN" });
  });

  it("an admin can neither grant OWNER nor change or remove an owner; nothing is written", async () => {
    const owner = await signUpUser({ organizationName: "No Coups" });
    const admin = await memberOf(owner.organization.id, "ADMIN");
    const member = await memberOf(owner.organization.id, "MEMBER");
    const before = await snapshot(owner.organization.id);

    for (const response of [
      await changeRole(admin.token, member.user.id, "OWNER"),
      await changeRole(admin.token, admin.user.id, "OWNER"),
      await changeRole(admin.token, owner.user.id, "MEMBER"),
      await remove(admin.token, owner.user.id),
    ]) {
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe("FORBIDDEN");
    }
    expect(await snapshot(owner.organization.id)).toEqual(before);

    // What an admin may do: manage admins and below.
    expect((await changeRole(admin.token, member.user.id, "GUEST")).status).toBe(200);
  });

  it("a member holding members.role.update through a custom role handles only roles up to their own", async () => {
    const owner = await signUpUser({ organizationName: "Delegated" });
    const delegate = await memberOf(owner.organization.id, "MEMBER");
    const admin = await memberOf(owner.organization.id, "ADMIN");
    const guest = await memberOf(owner.organization.id, "GUEST");
    const grant = await createCustomRole(owner.token, "Role keeper", ["members.role.update"]);
    await db.membershipCustomRole.create({
      data: { organizationId: owner.organization.id, membershipId: delegate.membershipId, customRoleId: grant.id },
    });

    expect((await changeRole(delegate.token, guest.user.id, "ADMIN")).status).toBe(403);
    expect((await changeRole(delegate.token, admin.user.id, "GUEST")).status).toBe(403);
    expect((await changeRole(delegate.token, guest.user.id, "MEMBER")).status).toBe(200);
  });

  it("a plain member cannot change roles (403) and an invalid role is a 400", async () => {
    const owner = await signUpUser({ organizationName: "Plain" });
    const member = await memberOf(owner.organization.id, "MEMBER");
    expect((await changeRole(member.token, owner.user.id, "GUEST")).status).toBe(403);
    const invalid = await changeRole(owner.token, member.user.id, "EMPEROR");
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.fields.role).toBeTruthy();
  });

  it("the last owner cannot be demoted, also not by themselves; with two owners one may step down", async () => {
    const owner = await signUpUser({ organizationName: "Last Owner" });
    const before = await snapshot(owner.organization.id);
    const refused = await changeRole(owner.token, owner.user.id, "ADMIN");
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.code).toBe("LAST_OWNER");
    expect(await snapshot(owner.organization.id)).toEqual(before);

    const second = await memberOf(owner.organization.id, "OWNER");
    expect((await changeRole(owner.token, owner.user.id, "ADMIN")).status).toBe(200);
    expect(await roleOf(owner.organization.id, second.user.id)).toBe("OWNER");
  });

  it("two owners demoting each other at the same moment: exactly one succeeds and an owner remains", async () => {
    for (let round = 0; round < 3; round++) {
      const first = await signUpUser({ organizationName: "Mutual" });
      const second = await memberOf(first.organization.id, "OWNER");
      const responses = await Promise.all([
        changeRole(first.token, second.user.id, "ADMIN"),
        changeRole(second.token, first.user.id, "ADMIN"),
      ]);
      // The loser is refused either as the last owner or, already demoted by the winner, as an admin touching an owner.
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses[0]).toBe(200);
      expect([403, 409]).toContain(statuses[1]);
      expect(await db.membership.count({ where: { organizationId: first.organization.id, role: "OWNER" } })).toBe(1);
    }
  });

  it("a user of another organization is not found (404), and nothing changes there", async () => {
    const a = await signUpUser({ organizationName: "Isolated A" });
    const b = await signUpUser({ organizationName: "Isolated B" });
    const bMember = await memberOf(b.organization.id, "MEMBER");
    expect((await changeRole(a.token, bMember.user.id, "GUEST")).status).toBe(404);
    expect((await remove(a.token, bMember.user.id)).status).toBe(404);
    expect((await changeRole(a.token, "not a valid id!", "GUEST")).status).toBe(404);
    expect(await roleOf(b.organization.id, bMember.user.id)).toBe("MEMBER");
  });
});

describe("removing and leaving", () => {
  it("a removed member loses access on their very next request with the cookie they hold, and lands in their own organization", async () => {
    const owner = await signUpUser({ organizationName: "Removal Co" });
    await createProject(owner.token, "Secret plans");
    const member = await memberOf(owner.organization.id, "MEMBER");
    expect((await call(listProjectsRoute, "GET", "/", { token: member.token })).status).toBe(200);

    const response = await remove(owner.token, member.user.id);
    expect(response.status).toBe(204);

    const after = await call(listProjectsRoute, "GET", "/", { token: member.token });
    expect(after.status).toBe(200);
    expect(JSON.stringify(await after.json())).not.toContain("Secret plans");
    const me = await (await call(meRoute, "GET", "/", { token: member.token })).json();
    expect(me.organization.name).toBe("Their Own Org");
    const explicit = await call(listProjectsRoute, "GET", "/", {
      token: member.token,
      headers: { "x-organization-id": owner.organization.id },
    });
    expect(explicit.status).toBe(404);

    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: owner.organization.id, action: "member.removed" } });
    expect(event).toMatchObject({ actorId: owner.user.id, targetId: member.user.id });
  });

  it("a removed member whose only organization it was has none left (onboarding)", async () => {
    const owner = await signUpUser({ organizationName: "Only Home" });
    const loner = await signUpUser({ organizationName: "Temporary" });
    await db.membership.deleteMany({ where: { userId: loner.user.id } });
    await addMember(owner.organization.id, loner.user.id, "MEMBER");
    await db.session.updateMany({ where: { userId: loner.user.id }, data: { activeOrganizationId: owner.organization.id } });

    expect((await remove(owner.token, loner.user.id)).status).toBe(204);
    const response = await call(listProjectsRoute, "GET", "/", { token: loner.token });
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("NO_ACTIVE_ORGANIZATION");
  });

  it("any member may leave without members.remove; the leave is audited", async () => {
    const owner = await signUpUser({ organizationName: "Leavable" });
    const guest = await memberOf(owner.organization.id, "GUEST");
    expect((await remove(guest.token, guest.user.id)).status).toBe(204);
    expect(await roleOf(owner.organization.id, guest.user.id)).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: owner.organization.id, action: "member.left" } });
    expect(event).toMatchObject({ actorId: guest.user.id, targetId: guest.user.id });
  });

  it("a member without members.remove cannot remove others (403)", async () => {
    const owner = await signUpUser({ organizationName: "No Removals" });
    const member = await memberOf(owner.organization.id, "MEMBER");
    const other = await memberOf(owner.organization.id, "MEMBER");
    expect((await remove(member.token, other.user.id)).status).toBe(403);
    expect(await roleOf(owner.organization.id, other.user.id)).toBe("MEMBER");
  });

  it("the last owner can neither leave nor be removed; nothing is written", async () => {
    const owner = await signUpUser({ organizationName: "Stay Put" });
    const before = await snapshot(owner.organization.id);
    const leave = await remove(owner.token, owner.user.id);
    expect(leave.status).toBe(409);
    expect((await leave.json()).error.message).toMatch(/last owner/);
    expect(await snapshot(owner.organization.id)).toEqual(before);

    const coOwner = await memberOf(owner.organization.id, "OWNER");
    expect((await remove(coOwner.token, owner.user.id)).status).toBe(204);
    expect((await remove(coOwner.token, coOwner.user.id)).status).toBe(409);
  });

  it("two owners leaving at the same moment: one of them stays", async () => {
    const first = await signUpUser({ organizationName: "Exodus" });
    const second = await memberOf(first.organization.id, "OWNER");
    const responses = await Promise.all([remove(first.token, first.user.id), remove(second.token, second.user.id)]);
    expect(responses.map((r) => r.status).sort()).toEqual([204, 409]);
    expect(await db.membership.count({ where: { organizationId: first.organization.id, role: "OWNER" } })).toBe(1);
  });
});
