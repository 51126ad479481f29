// The members page shows each row's controls from the service (src/server/members/controls.ts): the same rules the
// role change and removal enforce, so a button is never offered that the server would refuse.
import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("../support/next-request"));
vi.mock("next/navigation", () => import("../support/next-request"));
const { request } = await import("../support/next-request");
const { requireOrgPage } = await import("@/server/auth/require-page");
const { listMemberRows } = await import("@/server/members/controls");
const { signUpUser } = await import("../support/factories");
const { memberOf } = await import("../support/tenants");

async function rowsAs(token: string) {
  request.cookie = token;
  const ctx = await requireOrgPage("/dashboard/members");
  const { members } = await listMemberRows(ctx, { limit: 50 });
  return Object.fromEntries(members.map((member) => [member.user.id, member.controls]));
}

describe("member controls", () => {
  it("lets an admin manage members and guests but not the owner, and the last owner not leave", async () => {
    const owner = await signUpUser({ organizationName: "Controls Org" });
    const admin = await memberOf(owner.organization.id, "ADMIN");
    const member = await memberOf(owner.organization.id, "MEMBER");

    const byAdmin = await rowsAs(admin.token);
    expect(byAdmin[owner.user.id]).toEqual({ self: false, roles: [], removal: null });
    expect(byAdmin[member.user.id]).toEqual({ self: false, roles: ["ADMIN", "MEMBER", "GUEST"], removal: "remove" });
    expect(byAdmin[admin.user.id]).toEqual({ self: true, roles: ["ADMIN", "MEMBER", "GUEST"], removal: "leave" });

    const byOwner = await rowsAs(owner.token);
    expect(byOwner[owner.user.id]).toEqual({ self: true, roles: [], removal: "last-owner" });
    expect(byOwner[admin.user.id]).toEqual({ self: false, roles: ["OWNER", "ADMIN", "MEMBER", "GUEST"], removal: "remove" });

    const byMember = await rowsAs(member.token);
    expect(byMember[owner.user.id]).toEqual({ self: false, roles: [], removal: null });
    expect(byMember[member.user.id]).toEqual({ self: true, roles: [], removal: "leave" });
  });
});
