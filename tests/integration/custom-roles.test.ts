import { describe, expect, it } from "vitest";
import { GET as meRoute } from "../../app/api/me/route";
import { PUT as memberRolesRoute } from "../../app/api/organizations/current/members/[userId]/roles/route";
import { POST as createProjectRoute } from "../../app/api/projects/route";
import { GET as listRolesRoute, POST as createRoleRoute } from "../../app/api/roles/route";
import { DELETE as deleteRoleRoute, PATCH as patchRoleRoute } from "../../app/api/roles/[id]/route";
import { db } from "@/server/db";
import { call } from "../support/http";
import { signUpUser } from "../support/factories";
import { createCustomRole, memberOf } from "../support/tenants";
import { ROLE_PERMISSIONS, effectivePermissions } from "@/lib/permissions";

async function permissionsOf(token: string): Promise<string[]> {
  return (await (await call(meRoute, "GET", "/api/me", { token })).json()).permissions;
}

function assign(token: string, userId: string, customRoleIds: string[]) {
  return call(memberRolesRoute, "PUT", "/", { token, params: { userId }, body: { customRoleIds } });
}

describe("custom roles", () => {
  it("adds the permissions of every role a member holds to their base role's (the union)", async () => {
    const owner = await signUpUser();
    const guest = await memberOf(owner.organization.id, "GUEST");
    expect(await permissionsOf(guest.token)).toEqual(ROLE_PERMISSIONS.GUEST);
    expect((await call(createProjectRoute, "POST", "/", { token: guest.token, body: { name: "Not yet" } })).status).toBe(403);

    const writer = await createCustomRole(owner.token, "Writer", ["projects.create", "projects.update"]);
    const auditor = await createCustomRole(owner.token, "Auditor", ["audit.read", "projects.read"]);
    const response = await assign(owner.token, guest.user.id, [writer.id, auditor.id]);
    expect(response.status).toBe(200);
    expect((await response.json()).member.customRoles.map((r: { name: string }) => r.name)).toEqual(["Auditor", "Writer"]);

    // What the guest reads anyway, and the two roles' on top, in the order of PERMISSIONS.
    expect(await permissionsOf(guest.token)).toEqual(effectivePermissions("GUEST", ["projects.create", "projects.update", "audit.read"]));
    expect(await permissionsOf(guest.token)).toEqual(
      expect.arrayContaining(["projects.create", "projects.read", "projects.update", "audit.read"]),
    );
    expect((await call(createProjectRoute, "POST", "/", { token: guest.token, body: { name: "Now allowed" } })).status).toBe(201);
  });

  it("takes the permissions away at the next request when the role is deleted or unassigned", async () => {
    const owner = await signUpUser();
    const member = await memberOf(owner.organization.id, "MEMBER");
    const role = await createCustomRole(owner.token, "Billing", ["billing.manage"]);
    await assign(owner.token, member.user.id, [role.id]);
    expect(await permissionsOf(member.token)).toContain("billing.manage");
    expect((await assign(owner.token, member.user.id, [])).status).toBe(200);
    expect(await permissionsOf(member.token)).not.toContain("billing.manage");

    await assign(owner.token, member.user.id, [role.id]);
    expect((await call(deleteRoleRoute, "DELETE", "/", { token: owner.token, params: { id: role.id } })).status).toBe(204);
    expect(await permissionsOf(member.token)).not.toContain("billing.manage");
  });

  it("lists the roles with their permissions and how many members hold them", async () => {
    const owner = await signUpUser();
    const member = await memberOf(owner.organization.id, "MEMBER");
    const role = await createCustomRole(owner.token, "Reviewer", ["projects.read", "audit.read"]);
    await assign(owner.token, member.user.id, [role.id]);
    const { roles } = await (await call(listRolesRoute, "GET", "/", { token: member.token })).json();
    expect(roles).toEqual([
      expect.objectContaining({ id: role.id, name: "Reviewer", permissions: ["projects.read", "audit.read"], memberCount: 1 }),
    ]);
  });

  it("never lets anyone grant a permission they do not hold themselves", async () => {
    const owner = await signUpUser();
    const admin = await memberOf(owner.organization.id, "ADMIN");
    const member = await memberOf(owner.organization.id, "MEMBER");
    const before = await db.customRole.count();

    const create = await call(createRoleRoute, "POST", "/", { token: admin.token, body: { name: "Sneaky", permissions: ["org.delete"] } });
    expect(create.status).toBe(403);
    expect((await create.json()).error.message).toContain("org.delete");
    expect(await db.customRole.count()).toBe(before);

    const billing = await createCustomRole(owner.token, "Billing", ["billing.manage"]);
    expect((await assign(admin.token, admin.user.id, [billing.id])).status).toBe(403);
    expect((await assign(admin.token, member.user.id, [billing.id])).status).toBe(403);
    const edit = await call(patchRoleRoute, "PATCH", "/", { token: admin.token, params: { id: billing.id }, body: { name: "Mine now" } });
    expect(edit.status).toBe(403);
    expect((await call(deleteRoleRoute, "DELETE", "/", { token: admin.token, params: { id: billing.id } })).status).toBe(403);
    expect(await db.membershipCustomRole.count({ where: { customRoleId: billing.id } })).toBe(0);
    expect(await db.customRole.findUniqueOrThrow({ where: { id: billing.id } })).toMatchObject({ name: "Billing" });

    // Within their own permissions admins manage roles freely, also for a member who keeps a role beyond them.
    const reader = await createCustomRole(admin.token, "Reader", ["projects.read", "audit.read"]);
    expect((await assign(owner.token, member.user.id, [billing.id])).status).toBe(200);
    expect((await assign(admin.token, member.user.id, [billing.id, reader.id])).status).toBe(200);
    expect((await assign(admin.token, member.user.id, [reader.id])).status).toBe(403);
    expect(await permissionsOf(member.token)).toEqual(expect.arrayContaining(["billing.manage", "audit.read"]));
  });

  it.each([
    ["a built-in role's name", { name: "admin", permissions: ["projects.read"] }, "name"],
    ["no permissions", { name: "Empty", permissions: [] }, "permissions"],
    ["an unknown permission", { name: "Odd", permissions: ["projects.read", "root.everything"] }, "permissions.1"],
    ["a missing name", { permissions: ["projects.read"] }, "name"],
  ])("refuses %s with 400", async (_label, body, field) => {
    const owner = await signUpUser();
    const response = await call(createRoleRoute, "POST", "/", { token: owner.token, body });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty([field]);
  });

  it("refuses a second role with the same name in one organization (409), but not in another", async () => {
    const owner = await signUpUser();
    const other = await signUpUser();
    await createCustomRole(owner.token, "Designer", ["projects.read"]);
    const again = await call(createRoleRoute, "POST", "/", {
      token: owner.token,
      body: { name: "Designer", permissions: ["projects.read"] },
    });
    expect(again.status).toBe(409);
    expect((await again.json()).error).toMatchObject({ code: "ROLE_NAME_TAKEN", fields: { name: expect.any(String) } });
    const elsewhere = await call(createRoleRoute, "POST", "/", {
      token: other.token,
      body: { name: "Designer", permissions: ["projects.read"] },
    });
    expect(elsewhere.status).toBe(201);
  });

  it("answers unknown roles and non-members with 404 and assigns nothing", async () => {
    const owner = await signUpUser();
    const member = await memberOf(owner.organization.id, "MEMBER");
    const role = await createCustomRole(owner.token, "Real", ["projects.read"]);
    expect((await assign(owner.token, member.user.id, [role.id, "cm0000000000000000000000"])).status).toBe(404);
    expect((await assign(owner.token, "cm0000000000000000000000", [role.id])).status).toBe(404);
    expect((await assign(owner.token, member.user.id, ["not an id!"])).status).toBe(404);
    expect(await db.membershipCustomRole.count({ where: { customRoleId: role.id } })).toBe(0);
  });
});
