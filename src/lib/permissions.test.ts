import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLE_PERMISSIONS, effectivePermissions, canGrantRole, grantableRoles } from "./permissions";

// What only admins and owners may do; everything else is the organization's own resources (projects, and those
// npm run new:resource adds), each with create, read, update and delete.
const ADMINISTRATION = [
  "org.update",
  "org.delete",
  "members.invite",
  "members.remove",
  "members.role.update",
  "roles.manage",
  "audit.read",
  "billing.manage",
  "api_keys.manage",
  "webhooks.manage",
];

describe("the built-in roles", () => {
  it("give owners everything, admins all but deleting the organization and billing", () => {
    expect(ROLE_PERMISSIONS.OWNER).toEqual(PERMISSIONS);
    expect(PERMISSIONS.filter((p) => !ROLE_PERMISSIONS.ADMIN.includes(p))).toEqual(["org.delete", "billing.manage"]);
  });

  it("give members every resource permission and no administration, guests only reading resources", () => {
    const resources = PERMISSIONS.filter((p) => !ADMINISTRATION.includes(p));
    expect(resources).toEqual(expect.arrayContaining(["projects.create", "projects.read", "projects.update", "projects.delete"]));
    expect(resources.every((p) => /\.(create|read|update|delete)$/.test(p))).toBe(true);
    expect(ROLE_PERMISSIONS.MEMBER).toEqual(resources);
    expect(ROLE_PERMISSIONS.GUEST).toEqual(resources.filter((p) => p.endsWith(".read")));
  });

  it("are nested: each role holds everything the one below it does", () => {
    for (const [upper, lower] of [
      ["OWNER", "ADMIN"],
      ["ADMIN", "MEMBER"],
      ["MEMBER", "GUEST"],
    ] as const) {
      expect(ROLE_PERMISSIONS[upper]).toEqual(expect.arrayContaining([...ROLE_PERMISSIONS[lower]]));
    }
  });
});

describe("effectivePermissions", () => {
  it("is the union of the base role and every custom role, in the order of PERMISSIONS, without repeats", () => {
    const granted = effectivePermissions("GUEST", ["audit.read", "projects.create", "projects.read", "audit.read"]);
    expect(new Set(granted)).toEqual(new Set([...ROLE_PERMISSIONS.GUEST, "audit.read", "projects.create"]));
    expect(granted).toHaveLength(new Set(granted).size);
    expect(granted).toEqual([...granted].sort((a, b) => PERMISSIONS.indexOf(a) - PERMISSIONS.indexOf(b)));
    expect(granted.indexOf("projects.create")).toBeLessThan(granted.indexOf("audit.read"));
  });

  it("ignores permission names the code does not know", () => {
    expect(effectivePermissions("GUEST", ["root.everything", "projects.read"])).toEqual([...ROLE_PERMISSIONS.GUEST]);
  });

  it("is the base role's alone without custom roles", () => {
    expect(effectivePermissions("MEMBER")).toEqual([...ROLE_PERMISSIONS.MEMBER]);
  });
});

describe("granting base roles", () => {
  it("lets each role hand out its own role and those below, never one above", () => {
    expect(grantableRoles("OWNER")).toEqual(["OWNER", "ADMIN", "MEMBER", "GUEST"]);
    expect(grantableRoles("ADMIN")).toEqual(["ADMIN", "MEMBER", "GUEST"]);
    expect(grantableRoles("MEMBER")).toEqual(["MEMBER", "GUEST"]);
    expect(grantableRoles("GUEST")).toEqual(["GUEST"]);
    expect(canGrantRole("ADMIN", "OWNER")).toBe(false);
  });

  it("caps what invite links may give", () => {
    expect(grantableRoles("OWNER", "MEMBER")).toEqual(["MEMBER", "GUEST"]);
    expect(grantableRoles("GUEST", "MEMBER")).toEqual(["GUEST"]);
  });
});
