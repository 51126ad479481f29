// Every role against every permissioned endpoint, the expected status computed from the permission map
// (src/lib/permissions.ts). The permissions are read from the route modules' declarations (orgRoute), not from their
// source text: a route handler that declares a permission but is missing here fails the first test.
import { describe, expect, it } from "vitest";
import { PUT as memberRolesRoute } from "../../app/api/organizations/current/members/[userId]/roles/route";
import { DELETE as removeMemberRoute, PATCH as changeMemberRoleRoute } from "../../app/api/organizations/current/members/[userId]/route";
import { GET as listMembersRoute } from "../../app/api/organizations/current/members/route";
import { GET as getTransferRoute, POST as requestTransferRoute } from "../../app/api/organizations/current/transfer/route";
import { GET as auditRoute } from "../../app/api/audit/route";
import { GET as auditExportRoute } from "../../app/api/audit/export/route";
import { GET as billingRoute } from "../../app/api/billing/route";
import { DELETE as revokeKeyRoute } from "../../app/api/api-keys/[id]/route";
import { GET as listKeysRoute, POST as createKeyRoute } from "../../app/api/api-keys/route";
import { POST as checkoutRoute } from "../../app/api/billing/checkout/route";
import { POST as portalRoute } from "../../app/api/billing/portal/route";
import { DELETE as removeLogoRoute, POST as uploadLogoRoute } from "../../app/api/organizations/current/logo/route";
import { DELETE as deleteOrganizationRoute, PATCH as patchOrganizationRoute } from "../../app/api/organizations/current/route";
import { PNG } from "../support/images";
import { GET as listProjectsRoute, POST as createProjectRoute } from "../../app/api/projects/route";
import { DELETE as deleteProjectRoute, GET as getProjectRoute, PATCH as patchProjectRoute } from "../../app/api/projects/[id]/route";
import { POST as createRoleRoute } from "../../app/api/roles/route";
import { DELETE as revokeLinkRoute } from "../../app/api/invite-links/[id]/route";
import { GET as listLinksRoute, POST as createLinkRoute } from "../../app/api/invite-links/route";
import { DELETE as revokeInviteRoute } from "../../app/api/invites/[id]/route";
import { POST as resendInviteRoute } from "../../app/api/invites/[id]/resend/route";
import { GET as listInvitesRoute, POST as inviteRoute } from "../../app/api/invites/route";
import { DELETE as deleteRoleRoute, PATCH as patchRoleRoute } from "../../app/api/roles/[id]/route";
import { BASE_ROLES, ROLE_PERMISSIONS, type Permission } from "@/lib/permissions";
import { declaredRoutes } from "../support/declared";
import { call } from "../support/http";
import { signUpUser, uniqueEmail } from "../support/factories";
import { createLink, inviteAndReadToken } from "../support/invites";
import { createCustomRole, createProject, memberOf } from "../support/tenants";

type Fixture = { projectId: string; roleId: string; targetUserId: string; guestUserId: string; inviteId: string; linkId: string; keyId: string };
type Endpoint = {
  file: string;
  method: string;
  permission: Permission;
  success: number;
  send: (token: string, f: Fixture) => Promise<Response>;
  /** Only the base role may: a custom role holding the permission is still refused (403). */
  baseRoleOnly?: true;
};

const ENDPOINTS: Endpoint[] = [
  { file: "projects/route.ts", method: "GET", permission: "projects.read", success: 200, send: (token) => call(listProjectsRoute, "GET", "/", { token }) },
  {
    file: "projects/route.ts",
    method: "POST",
    permission: "projects.create",
    success: 201,
    send: (token) => call(createProjectRoute, "POST", "/", { token, body: { name: "Role table" } }),
  },
  {
    file: "projects/[id]/route.ts",
    method: "GET",
    permission: "projects.read",
    success: 200,
    send: (token, f) => call(getProjectRoute, "GET", "/", { token, params: { id: f.projectId } }),
  },
  {
    file: "projects/[id]/route.ts",
    method: "PATCH",
    permission: "projects.update",
    success: 200,
    send: (token, f) => call(patchProjectRoute, "PATCH", "/", { token, params: { id: f.projectId }, body: { name: "Renamed" } }),
  },
  {
    file: "projects/[id]/route.ts",
    method: "DELETE",
    permission: "projects.delete",
    success: 204,
    send: (token, f) => call(deleteProjectRoute, "DELETE", "/", { token, params: { id: f.projectId } }),
  },
  {
    file: "roles/route.ts",
    method: "POST",
    permission: "roles.manage",
    success: 201,
    send: (token) => call(createRoleRoute, "POST", "/", { token, body: { name: "Made in the table", permissions: ["projects.read"] } }),
  },
  {
    file: "roles/[id]/route.ts",
    method: "PATCH",
    permission: "roles.manage",
    success: 200,
    send: (token, f) => call(patchRoleRoute, "PATCH", "/", { token, params: { id: f.roleId }, body: { description: "Edited" } }),
  },
  {
    file: "roles/[id]/route.ts",
    method: "DELETE",
    permission: "roles.manage",
    success: 204,
    send: (token, f) => call(deleteRoleRoute, "DELETE", "/", { token, params: { id: f.roleId } }),
  },
  {
    file: "organizations/current/members/[userId]/roles/route.ts",
    method: "PUT",
    permission: "roles.manage",
    success: 200,
    send: (token, f) => call(memberRolesRoute, "PUT", "/", { token, params: { userId: f.targetUserId }, body: { customRoleIds: [f.roleId] } }),
  },
  // A guest's role set to GUEST: every role that may change roles at all may handle a guest.
  {
    file: "organizations/current/members/[userId]/route.ts",
    method: "PATCH",
    permission: "members.role.update",
    success: 200,
    send: (token, f) => call(changeMemberRoleRoute, "PATCH", "/", { token, params: { userId: f.guestUserId }, body: { role: "GUEST" } }),
  },
  { file: "audit/route.ts", method: "GET", permission: "audit.read", success: 200, send: (token) => call(auditRoute, "GET", "/", { token }) },
  { file: "audit/export/route.ts", method: "GET", permission: "audit.read", success: 200, send: (token) => call(auditExportRoute, "GET", "/", { token }) },
  { file: "api-keys/route.ts", method: "GET", permission: "api_keys.manage", success: 200, send: (token) => call(listKeysRoute, "GET", "/", { token }) },
  {
    file: "api-keys/route.ts",
    method: "POST",
    permission: "api_keys.manage",
    success: 201,
    send: (token) => call(createKeyRoute, "POST", "/", { token, body: { name: "Table key", permissions: ["projects.read"] } }),
  },
  {
    file: "api-keys/[id]/route.ts",
    method: "DELETE",
    permission: "api_keys.manage",
    success: 204,
    send: (token, f) => call(revokeKeyRoute, "DELETE", "/", { token, params: { id: f.keyId } }),
  },
  { file: "billing/route.ts", method: "GET", permission: "billing.manage", success: 200, send: (token) => call(billingRoute, "GET", "/", { token }) },
  {
    file: "billing/checkout/route.ts",
    method: "POST",
    permission: "billing.manage",
    success: 201,
    send: (token) => call(checkoutRoute, "POST", "/", { token, body: { plan: "business" } }),
  },
  // The portal needs the billing account a checkout creates: the owner's earlier checkout in the same organization.
  { file: "billing/portal/route.ts", method: "POST", permission: "billing.manage", success: 201, send: (token) => call(portalRoute, "POST", "/", { token }) },
  {
    file: "organizations/current/route.ts",
    method: "PATCH",
    permission: "org.update",
    success: 200,
    send: (token) => call(patchOrganizationRoute, "PATCH", "/", { token, body: { name: "Renamed Org" } }),
  },
  // Deleting an organization takes an OWNER by base role: no custom role can hand that out.
  {
    file: "organizations/current/route.ts",
    method: "DELETE",
    permission: "org.delete",
    success: 204,
    baseRoleOnly: true,
    send: (token) => call(deleteOrganizationRoute, "DELETE", "/", { token, body: { confirm: "Role Table Org" } }),
  },
  {
    file: "organizations/current/logo/route.ts",
    method: "POST",
    permission: "org.update",
    success: 200,
    send: (token) => call(uploadLogoRoute, "POST", "/", { token, rawBody: Uint8Array.from(PNG), headers: { "content-type": "image/png" } }),
  },
  { file: "organizations/current/logo/route.ts", method: "DELETE", permission: "org.update", success: 204, send: (token) => call(removeLogoRoute, "DELETE", "/", { token }) },
  // Invitations use the GUEST role: anyone allowed to invite may hand out a role no higher than their own.
  { file: "invites/route.ts", method: "GET", permission: "members.invite", success: 200, send: (token) => call(listInvitesRoute, "GET", "/", { token }) },
  {
    file: "invites/route.ts",
    method: "POST",
    permission: "members.invite",
    success: 201,
    send: (token) => call(inviteRoute, "POST", "/", { token, body: { email: uniqueEmail("table"), role: "GUEST" } }),
  },
  {
    file: "invites/[id]/route.ts",
    method: "DELETE",
    permission: "members.invite",
    success: 204,
    send: (token, f) => call(revokeInviteRoute, "DELETE", "/", { token, params: { id: f.inviteId } }),
  },
  {
    file: "invites/[id]/resend/route.ts",
    method: "POST",
    permission: "members.invite",
    success: 200,
    send: (token, f) => call(resendInviteRoute, "POST", "/", { token, params: { id: f.inviteId } }),
  },
  { file: "invite-links/route.ts", method: "GET", permission: "members.invite", success: 200, send: (token) => call(listLinksRoute, "GET", "/", { token }) },
  {
    file: "invite-links/route.ts",
    method: "POST",
    permission: "members.invite",
    success: 201,
    send: (token) => call(createLinkRoute, "POST", "/", { token, body: { role: "GUEST" } }),
  },
  {
    file: "invite-links/[id]/route.ts",
    method: "DELETE",
    permission: "members.invite",
    success: 204,
    send: (token, f) => call(revokeLinkRoute, "DELETE", "/", { token, params: { id: f.linkId } }),
  },
];

/** [file, method, permission] of every route handler whose declaration names a permission (tests/support/declared.ts). */
async function permissionedHandlers(): Promise<string[]> {
  return (await declaredRoutes())
    .filter((route) => route.declaration?.access === "org" && route.declaration.permission)
    .map((route) => `${route.file.replace(/^api\//, "")} ${route.name} ${(route.declaration as { permission: string }).permission}`)
    .sort();
}

/** A fresh organization with a project, a custom role and a second member; the actor is a member with `role`. */
async function setUp(role: (typeof BASE_ROLES)[number], extra: Permission[] = []) {
  const owner = await signUpUser({ organizationName: "Role Table Org" });
  const project = await createProject(owner.token);
  const customRole = await createCustomRole(owner.token, "Readers", ["projects.read"]);
  const target = await memberOf(owner.organization.id, "MEMBER");
  const guest = await memberOf(owner.organization.id, "GUEST");
  const { invite } = await inviteAndReadToken(owner.token, uniqueEmail("invited"), "GUEST");
  const link = await createLink(owner.token, { role: "GUEST" });
  // A billing account (the first checkout creates it), for the portal.
  expect((await call(checkoutRoute, "POST", "/", { token: owner.token, body: { plan: "pro" } })).status).toBe(201);
  const keyResponse = await call(createKeyRoute, "POST", "/", { token: owner.token, body: { name: "Fixture key", permissions: ["projects.read"] } });
  const keyId = ((await keyResponse.json()) as { key: { id: string } }).key.id;
  const fixture = { projectId: project.id, roleId: customRole.id, targetUserId: target.user.id, guestUserId: guest.user.id, inviteId: invite.id, linkId: link.id, keyId };
  if (role === "OWNER") return { token: owner.token, fixture };

  const actor = await memberOf(owner.organization.id, role);
  if (extra.length) {
    const grant = await createCustomRole(owner.token, "Extra", extra);
    const assigned = await call(memberRolesRoute, "PUT", "/", { token: owner.token, params: { userId: actor.user.id }, body: { customRoleIds: [grant.id] } });
    expect(assigned.status).toBe(200);
  }
  return { token: actor.token, fixture };
}

describe("role table", () => {
  it("covers every route handler that declares a permission", async () => {
    expect(await permissionedHandlers()).toEqual(ENDPOINTS.map((e) => `${e.file} ${e.method} ${e.permission}`).sort());
  });

  for (const endpoint of ENDPOINTS) {
    for (const role of BASE_ROLES) {
      const allowed = ROLE_PERMISSIONS[role].includes(endpoint.permission);
      it(`${role} ${endpoint.method} ${endpoint.file} → ${allowed ? endpoint.success : 403}`, async () => {
        const { token, fixture } = await setUp(role);
        const response = await endpoint.send(token, fixture);
        expect(response.status, await response.clone().text()).toBe(allowed ? endpoint.success : 403);
      });
    }
    const expected = endpoint.baseRoleOnly ? 403 : endpoint.success;
    it(`GUEST holding a custom role with ${endpoint.permission} ${endpoint.method} ${endpoint.file} → ${expected}`, async () => {
      const { token, fixture } = await setUp("GUEST", [endpoint.permission, "projects.read"]);
      const response = await endpoint.send(token, fixture);
      expect(response.status, await response.clone().text()).toBe(expected);
    });
  }
});

// Endpoints decided by the base role rather than a permission (so the table above cannot find them): who may list,
// remove others, and hand over the organization.
const BY_BASE_ROLE: Array<{ name: string; expected: Record<(typeof BASE_ROLES)[number], number>; send: (token: string, f: Fixture) => Promise<Response> }> = [
  { name: "GET members", expected: { OWNER: 200, ADMIN: 200, MEMBER: 200, GUEST: 200 }, send: (token) => call(listMembersRoute, "GET", "/", { token }) },
  {
    name: "DELETE a member (someone else)",
    expected: { OWNER: 204, ADMIN: 204, MEMBER: 403, GUEST: 403 },
    send: (token, f) => call(removeMemberRoute, "DELETE", "/", { token, params: { userId: f.targetUserId } }),
  },
  { name: "GET the ownership transfer", expected: { OWNER: 200, ADMIN: 200, MEMBER: 200, GUEST: 200 }, send: (token) => call(getTransferRoute, "GET", "/", { token }) },
  {
    name: "POST an ownership transfer",
    expected: { OWNER: 201, ADMIN: 403, MEMBER: 403, GUEST: 403 },
    send: (token, f) => call(requestTransferRoute, "POST", "/", { token, body: { userId: f.targetUserId } }),
  },
];

describe("role table: endpoints decided by the base role", () => {
  for (const endpoint of BY_BASE_ROLE) {
    for (const role of BASE_ROLES) {
      it(`${role} ${endpoint.name} → ${endpoint.expected[role]}`, async () => {
        const { token, fixture } = await setUp(role);
        const response = await endpoint.send(token, fixture);
        expect(response.status, await response.clone().text()).toBe(endpoint.expected[role]);
      });
    }
  }
});
