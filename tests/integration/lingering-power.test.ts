// Security review: power that outlived a demotion or a removal. An admin gave themselves a custom role with admin
// permissions and kept it after being demoted; invite links they had made let them rejoin after being removed.
import { describe, expect, it } from "vitest";
import { PUT as memberRolesRoute } from "../../app/api/organizations/current/members/[userId]/roles/route";
import { DELETE as removeMemberRoute, PATCH as changeRoleRoute } from "../../app/api/organizations/current/members/[userId]/route";
import { DELETE as deleteRoleRoute, PATCH as patchRoleRoute } from "../../app/api/roles/[id]/route";
import { db } from "@/server/db";
import { signUpUser } from "../support/factories";
import { call } from "../support/http";
import { accept, createLink, inviteAndReadToken } from "../support/invites";
import { createCustomRole, memberOf } from "../support/tenants";

async function openInvites(organizationId: string, creatorId: string) {
  const [invitations, links] = await Promise.all([
    db.invitation.count({ where: { organizationId, invitedById: creatorId, revokedAt: null, acceptedAt: null } }),
    db.inviteLink.count({ where: { organizationId, createdById: creatorId, revokedAt: null } }),
  ]);
  return invitations + links;
}

/** An admin of a new organization who has sent an email invitation and made an invite link. */
async function adminWithInvites() {
  const owner = await signUpUser();
  const admin = await memberOf(owner.organization.id, "ADMIN");
  await inviteAndReadToken(admin.token, `invitee-${Date.now()}@example.test`);
  const link = await createLink(admin.token, { role: "MEMBER" });
  expect(await openInvites(owner.organization.id, admin.user.id)).toBe(2);
  return { owner, admin, link };
}

describe("nobody keeps power they were given by themselves or that they lost", () => {
  it("nobody assigns custom roles to themselves, not even an owner", async () => {
    const owner = await signUpUser();
    const admin = await memberOf(owner.organization.id, "ADMIN");
    const shadow = await createCustomRole(owner.token, "Shadow admin", ["members.invite", "members.remove", "members.role.update"]);

    for (const [who, token] of [
      ["admin", admin],
      ["owner", { token: owner.token, user: owner.user }],
    ] as const) {
      const response = await call(memberRolesRoute, "PUT", "/", {
        token: token.token,
        params: { userId: token.user.id },
        body: { customRoleIds: [shadow.id] },
      });
      expect(response.status, who).toBe(403);
    }
    expect(await db.membershipCustomRole.count({ where: { customRoleId: shadow.id } })).toBe(0);
    // Someone else may still give it to them.
    const given = await call(memberRolesRoute, "PUT", "/", {
      token: owner.token,
      params: { userId: admin.user.id },
      body: { customRoleIds: [shadow.id] },
    });
    expect(given.status).toBe(200);
  });

  it("a removed admin's invitations and links are revoked: the link no longer lets them back in", async () => {
    const { owner, admin, link } = await adminWithInvites();
    expect((await call(removeMemberRoute, "DELETE", "/", { token: owner.token, params: { userId: admin.user.id } })).status).toBe(204);
    expect(await openInvites(owner.organization.id, admin.user.id)).toBe(0);

    const rejoin = await accept(admin.token, link.token);
    expect(rejoin.status).toBe(410);
    expect(await db.membership.count({ where: { organizationId: owner.organization.id, userId: admin.user.id } })).toBe(0);
    const revoked = await db.auditEvent.findMany({
      where: { organizationId: owner.organization.id, action: { in: ["invite.revoked", "invite_link.revoked"] } },
    });
    expect(revoked).toHaveLength(2);
  });

  it("an admin who leaves takes their invitations with them", async () => {
    const { owner, admin } = await adminWithInvites();
    expect((await call(removeMemberRoute, "DELETE", "/", { token: admin.token, params: { userId: admin.user.id } })).status).toBe(204);
    expect(await openInvites(owner.organization.id, admin.user.id)).toBe(0);
  });

  it("demoted to a role without members.invite: revoked; to one that keeps it: kept", async () => {
    const { owner, admin } = await adminWithInvites();
    const toGuest = await call(changeRoleRoute, "PATCH", "/", {
      token: owner.token,
      params: { userId: admin.user.id },
      body: { role: "GUEST" },
    });
    expect(toGuest.status).toBe(200);
    expect(await openInvites(owner.organization.id, admin.user.id)).toBe(0);

    // A member whose custom role carries members.invite keeps what they made through a base-role change.
    const inviter = await createCustomRole(owner.token, "Recruiter", ["members.invite"]);
    const member = await memberOf(owner.organization.id, "MEMBER");
    await call(memberRolesRoute, "PUT", "/", {
      token: owner.token,
      params: { userId: member.user.id },
      body: { customRoleIds: [inviter.id] },
    });
    await createLink(member.token, { role: "GUEST" });
    await call(changeRoleRoute, "PATCH", "/", { token: owner.token, params: { userId: member.user.id }, body: { role: "GUEST" } });
    expect(await openInvites(owner.organization.id, member.user.id)).toBe(1);
  });

  it("losing members.invite through a custom role (unassigned, changed or deleted) revokes what they made", async () => {
    const owner = await signUpUser();
    const recruiter = await createCustomRole(owner.token, "Recruiter", ["members.invite"]);
    const member = await memberOf(owner.organization.id, "MEMBER");
    const give = () =>
      call(memberRolesRoute, "PUT", "/", {
        token: owner.token,
        params: { userId: member.user.id },
        body: { customRoleIds: [recruiter.id] },
      });
    const organizationId = owner.organization.id;

    expect((await give()).status).toBe(200);
    await createLink(member.token, { role: "GUEST" });
    await call(memberRolesRoute, "PUT", "/", { token: owner.token, params: { userId: member.user.id }, body: { customRoleIds: [] } });
    expect(await openInvites(organizationId, member.user.id)).toBe(0);

    await give();
    await createLink(member.token, { role: "GUEST" });
    await call(patchRoleRoute, "PATCH", "/", {
      token: owner.token,
      params: { id: recruiter.id },
      body: { permissions: ["projects.read"] },
    });
    expect(await openInvites(organizationId, member.user.id)).toBe(0);

    await call(patchRoleRoute, "PATCH", "/", {
      token: owner.token,
      params: { id: recruiter.id },
      body: { permissions: ["members.invite"] },
    });
    await createLink(member.token, { role: "GUEST" });
    expect((await call(deleteRoleRoute, "DELETE", "/", { token: owner.token, params: { id: recruiter.id } })).status).toBe(204);
    expect(await openInvites(organizationId, member.user.id)).toBe(0);
  });
});
