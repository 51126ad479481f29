import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLE_PERMISSIONS, effectivePermissions, canGrantRole, grantableRoles } from "./permissions";

describe("the built-in roles", () => {
  it("give owners everything, admins all but deleting the organization and billing, guests only reading", () => {
    expect(ROLE_PERMISSIONS.OWNER).toEqual(PERMISSIONS);
    expect(PERMISSIONS.filter((p) => !ROLE_PERMISSIONS.ADMIN.includes(p))).toEqual(["org.delete", "billing.manage"]);
    expect(ROLE_PERMISSIONS.MEMBER).toEqual(["projects.create", "projects.read", "projects.update", "projects.delete"]);
    expect(ROLE_PERMISSIONS.GUEST).toEqual(["projects.read"]);
  });

  it("are nested: each role holds everything the one below it does", () => {
    for (const [upper, lower] of [["OWNER", "ADMIN"], ["ADMIN", "MEMBER"], ["MEMBER", "GUEST"]] as const) {
      expect(ROLE_PERMISSIONS[upper]).toEqual(expect.arrayContaining([...ROLE_PERMISSIONS[lower]]));
    }
  });
});

describe("effectivePermissions", () => {
  it("is the union of the base role and every custom role, in the order of PERMISSIONS, without repeats", () => {
    expect(effectivePermissions("GUEST", ["audit.read", "projects.create", "projects.read", "audit.read"])).toEqual([
      "projects.create",
      "projects.read",
      "audit.read",
    ]);
  });

  it("ignores permission names the code does not know", () => {
    expect(effectivePermissions("GUEST", ["root.everything", "projects.read"])).toEqual(["projects.read"]);
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
