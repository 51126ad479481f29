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
import { GET as deliveriesRoute } from "../../app/api/webhooks/endpoints/[id]/deliveries/route";
import { POST as redeliverRoute } from "../../app/api/webhooks/endpoints/[id]/deliveries/[deliveryId]/redeliver/route";
import { POST as rotateWebhookRoute } from "../../app/api/webhooks/endpoints/[id]/rotate-secret/route";
import { DELETE as deleteWebhookRoute, PATCH as patchWebhookRoute } from "../../app/api/webhooks/endpoints/[id]/route";
import { POST as testWebhookRoute } from "../../app/api/webhooks/endpoints/[id]/test/route";
import { GET as listWebhooksRoute, POST as createWebhookRoute } from "../../app/api/webhooks/endpoints/route";
import { GET as listProjectsRoute, POST as createProjectRoute } from "../../app/api/projects/route";
import { DELETE as deleteProjectRoute, GET as getProjectRoute, PATCH as patchProjectRoute } from "../../app/api/projects/[id]/route";
import { POST as createRoleRoute } from "../../app/api/roles/route";
import { DELETE as revokeLinkRoute } from "../../app/api/invite-links/[id]/route";
import { GET as listLinksRoute, POST as createLinkRoute } from "../../app/api/invite-links/route";
import { DELETE as revokeInviteRoute } from "../../app/api/invites/[id]/route";
import { POST as resendInviteRoute } from "../../app/api/invites/[id]/resend/route";
import { GET as listInvitesRoute, POST as inviteRoute } from "../../app/api/invites/route";
import { DELETE as deleteRoleRoute, PATCH as patchRoleRoute } from "../../app/api/roles/[id]/route";
import { GET as listDomainsRoute, POST as addDomainRoute } from "../../app/api/domains/route";
import { DELETE as removeDomainRoute, PATCH as patchDomainRoute } from "../../app/api/domains/[id]/route";
import { POST as verifyDomainRoute } from "../../app/api/domains/[id]/verify/route";
import { GET as securityRoute } from "../../app/api/organizations/current/security/route";
import { DELETE as removeSsoRoute, GET as ssoRoute, PUT as saveSsoRoute } from "../../app/api/organizations/current/sso/route";
import {
  DELETE as revokeScimTokenRoute,
  GET as scimTokenRoute,
  POST as createScimTokenRoute,
} from "../../app/api/organizations/current/scim-token/route";
import { SAML_IDP_CERT } from "../support/identity-provider";
import { BASE_ROLES, ROLE_PERMISSIONS, type Permission } from "@/lib/permissions";
import { db } from "@/server/db";
import { declaredRoutes } from "../support/declared";
import { setTxtRecords } from "../support/dns-server";
import { call } from "../support/http";
import { signUpUser, uniqueEmail } from "../support/factories";
import { createLink, inviteAndReadToken } from "../support/invites";
import { createCustomRole, createProject, memberOf } from "../support/tenants";
import { GENERATED_RESOURCES } from "../resources";

type Fixture = {
  organizationId: string;
  projectId: string;
  roleId: string;
  targetUserId: string;
  guestUserId: string;
  inviteId: string;
  linkId: string;
  keyId: string;
  webhookId: string;
  deliveryId: string;
  domainId: string;
};
type Endpoint = {
  file: string;
  method: string;
  permission: Permission;
  success: number;
  send: (auth: Auth, f: Fixture) => Promise<Response>;
  /** Only the base role may: a custom role holding the permission is still refused (403), and so is an API key. */
  baseRoleOnly?: true;
  /** A person's decision (the operation says apiKeys: false): an API key holding the permission is refused (403). */
  personOnly?: true;
};
/** Who calls: a member's session cookie, or an organization API key. */
type Auth = { token: string } | { apiKey: string };

const ENDPOINTS: Endpoint[] = [
  {
    file: "projects/route.ts",
    method: "GET",
    permission: "projects.read",
    success: 200,
    send: (auth) => call(listProjectsRoute, "GET", "/", { ...auth }),
  },
  {
    file: "projects/route.ts",
    method: "POST",
    permission: "projects.create",
    success: 201,
    send: (auth) => call(createProjectRoute, "POST", "/", { ...auth, body: { name: "Role table" } }),
  },
  {
    file: "projects/[id]/route.ts",
    method: "GET",
    permission: "projects.read",
    success: 200,
    send: (auth, f) => call(getProjectRoute, "GET", "/", { ...auth, params: { id: f.projectId } }),
  },
  {
    file: "projects/[id]/route.ts",
    method: "PATCH",
    permission: "projects.update",
    success: 200,
    send: (auth, f) => call(patchProjectRoute, "PATCH", "/", { ...auth, params: { id: f.projectId }, body: { name: "Renamed" } }),
  },
  {
    file: "projects/[id]/route.ts",
    method: "DELETE",
    permission: "projects.delete",
    success: 204,
    send: (auth, f) => call(deleteProjectRoute, "DELETE", "/", { ...auth, params: { id: f.projectId } }),
  },
  {
    file: "roles/route.ts",
    method: "POST",
    permission: "roles.manage",
    success: 201,
    send: (auth) => call(createRoleRoute, "POST", "/", { ...auth, body: { name: "Made in the table", permissions: ["projects.read"] } }),
  },
  {
    file: "roles/[id]/route.ts",
    method: "PATCH",
    permission: "roles.manage",
    success: 200,
    send: (auth, f) => call(patchRoleRoute, "PATCH", "/", { ...auth, params: { id: f.roleId }, body: { description: "Edited" } }),
  },
  {
    file: "roles/[id]/route.ts",
    method: "DELETE",
    permission: "roles.manage",
    success: 204,
    send: (auth, f) => call(deleteRoleRoute, "DELETE", "/", { ...auth, params: { id: f.roleId } }),
  },
  {
    file: "organizations/current/members/[userId]/roles/route.ts",
    method: "PUT",
    permission: "roles.manage",
    success: 200,
    send: (auth, f) =>
      call(memberRolesRoute, "PUT", "/", { ...auth, params: { userId: f.targetUserId }, body: { customRoleIds: [f.roleId] } }),
  },
  // A guest's role set to GUEST: every role that may change roles at all may handle a guest.
  {
    file: "organizations/current/members/[userId]/route.ts",
    method: "PATCH",
    permission: "members.role.update",
    success: 200,
    send: (auth, f) => call(changeMemberRoleRoute, "PATCH", "/", { ...auth, params: { userId: f.guestUserId }, body: { role: "GUEST" } }),
  },
  {
    file: "audit/route.ts",
    method: "GET",
    permission: "audit.read",
    success: 200,
    send: (auth) => call(auditRoute, "GET", "/", { ...auth }),
  },
  {
    file: "audit/export/route.ts",
    method: "GET",
    permission: "audit.read",
    success: 200,
    send: (auth) => call(auditExportRoute, "GET", "/", { ...auth }),
  },
  {
    file: "api-keys/route.ts",
    method: "GET",
    permission: "api_keys.manage",
    success: 200,
    send: (auth) => call(listKeysRoute, "GET", "/", { ...auth }),
  },
  {
    file: "api-keys/route.ts",
    method: "POST",
    permission: "api_keys.manage",
    success: 201,
    personOnly: true,
    send: (auth) => call(createKeyRoute, "POST", "/", { ...auth, body: { name: "Table key", permissions: ["projects.read"] } }),
  },
  {
    file: "api-keys/[id]/route.ts",
    method: "DELETE",
    permission: "api_keys.manage",
    success: 204,
    personOnly: true,
    send: (auth, f) => call(revokeKeyRoute, "DELETE", "/", { ...auth, params: { id: f.keyId } }),
  },
  {
    file: "webhooks/endpoints/route.ts",
    method: "GET",
    permission: "webhooks.manage",
    success: 200,
    send: (auth) => call(listWebhooksRoute, "GET", "/", { ...auth }),
  },
  {
    file: "webhooks/endpoints/route.ts",
    method: "POST",
    permission: "webhooks.manage",
    success: 201,
    send: (auth) =>
      call(createWebhookRoute, "POST", "/", { ...auth, body: { url: "http://127.0.0.1:9/table", events: ["project.created"] } }),
  },
  {
    file: "webhooks/endpoints/[id]/route.ts",
    method: "PATCH",
    permission: "webhooks.manage",
    success: 200,
    send: (auth, f) => call(patchWebhookRoute, "PATCH", "/", { ...auth, params: { id: f.webhookId }, body: { description: "Edited" } }),
  },
  {
    file: "webhooks/endpoints/[id]/route.ts",
    method: "DELETE",
    permission: "webhooks.manage",
    success: 204,
    send: (auth, f) => call(deleteWebhookRoute, "DELETE", "/", { ...auth, params: { id: f.webhookId } }),
  },
  {
    file: "webhooks/endpoints/[id]/rotate-secret/route.ts",
    method: "POST",
    permission: "webhooks.manage",
    success: 200,
    send: (auth, f) => call(rotateWebhookRoute, "POST", "/", { ...auth, params: { id: f.webhookId } }),
  },
  {
    file: "webhooks/endpoints/[id]/test/route.ts",
    method: "POST",
    permission: "webhooks.manage",
    success: 202,
    send: (auth, f) => call(testWebhookRoute, "POST", "/", { ...auth, params: { id: f.webhookId } }),
  },
  {
    file: "webhooks/endpoints/[id]/deliveries/[deliveryId]/redeliver/route.ts",
    method: "POST",
    permission: "webhooks.manage",
    success: 202,
    send: (auth, f) => call(redeliverRoute, "POST", "/", { ...auth, params: { id: f.webhookId, deliveryId: f.deliveryId } }),
  },
  {
    file: "webhooks/endpoints/[id]/deliveries/route.ts",
    method: "GET",
    permission: "webhooks.manage",
    success: 200,
    send: (auth, f) => call(deliveriesRoute, "GET", "/", { ...auth, params: { id: f.webhookId } }),
  },
  {
    file: "billing/route.ts",
    method: "GET",
    permission: "billing.manage",
    success: 200,
    send: (auth) => call(billingRoute, "GET", "/", { ...auth }),
  },
  {
    file: "billing/checkout/route.ts",
    method: "POST",
    permission: "billing.manage",
    success: 201,
    personOnly: true,
    send: (auth) => call(checkoutRoute, "POST", "/", { ...auth, body: { plan: "business" } }),
  },
  // The portal needs the billing account a checkout creates: the owner's earlier checkout in the same organization.
  {
    file: "billing/portal/route.ts",
    method: "POST",
    permission: "billing.manage",
    success: 201,
    personOnly: true,
    send: (auth) => call(portalRoute, "POST", "/", { ...auth }),
  },
  {
    file: "organizations/current/route.ts",
    method: "PATCH",
    permission: "org.update",
    success: 200,
    send: (auth) => call(patchOrganizationRoute, "PATCH", "/", { ...auth, body: { name: "Renamed Org" } }),
  },
  // Deleting an organization takes an OWNER by base role: no custom role can hand that out.
  {
    file: "organizations/current/route.ts",
    method: "DELETE",
    permission: "org.delete",
    success: 204,
    baseRoleOnly: true,
    send: (auth) => call(deleteOrganizationRoute, "DELETE", "/", { ...auth, body: { confirm: "Role Table Org" } }),
  },
  {
    file: "organizations/current/logo/route.ts",
    method: "POST",
    permission: "org.update",
    success: 200,
    send: (auth) =>
      call(uploadLogoRoute, "POST", "/", { ...auth, rawBody: Uint8Array.from(PNG), headers: { "content-type": "image/png" } }),
  },
  {
    file: "organizations/current/logo/route.ts",
    method: "DELETE",
    permission: "org.update",
    success: 204,
    send: (auth) => call(removeLogoRoute, "DELETE", "/", { ...auth }),
  },
  {
    file: "organizations/current/security/route.ts",
    method: "GET",
    permission: "org.update",
    success: 200,
    send: (auth) => call(securityRoute, "GET", "/", { ...auth }),
  },
  {
    file: "domains/route.ts",
    method: "GET",
    permission: "org.update",
    success: 200,
    send: (auth) => call(listDomainsRoute, "GET", "/", { ...auth }),
  },
  {
    file: "domains/route.ts",
    method: "POST",
    permission: "org.update",
    success: 201,
    send: (auth) => call(addDomainRoute, "POST", "/", { ...auth, body: { domain: `${uniqueEmail("d").split("@")[0]}.example` } }),
  },
  {
    file: "domains/[id]/route.ts",
    method: "PATCH",
    permission: "org.update",
    success: 200,
    send: (auth, f) =>
      call(patchDomainRoute, "PATCH", "/", { ...auth, params: { id: f.domainId }, body: { joinMode: "AUTOMATIC", joinRole: "GUEST" } }),
  },
  {
    file: "domains/[id]/route.ts",
    method: "DELETE",
    permission: "org.update",
    success: 204,
    send: (auth, f) => call(removeDomainRoute, "DELETE", "/", { ...auth, params: { id: f.domainId } }),
  },
  {
    file: "domains/[id]/verify/route.ts",
    method: "POST",
    permission: "org.update",
    success: 200,
    send: (auth, f) => call(verifyDomainRoute, "POST", "/", { ...auth, params: { id: f.domainId } }),
  },
  // Invitations use the GUEST role: anyone allowed to invite may hand out a role no higher than their own.
  {
    file: "invites/route.ts",
    method: "GET",
    permission: "members.invite",
    success: 200,
    send: (auth) => call(listInvitesRoute, "GET", "/", { ...auth }),
  },
  {
    file: "invites/route.ts",
    method: "POST",
    permission: "members.invite",
    success: 201,
    send: (auth) => call(inviteRoute, "POST", "/", { ...auth, body: { email: uniqueEmail("table"), role: "GUEST" } }),
  },
  {
    file: "invites/[id]/route.ts",
    method: "DELETE",
    permission: "members.invite",
    success: 204,
    send: (auth, f) => call(revokeInviteRoute, "DELETE", "/", { ...auth, params: { id: f.inviteId } }),
  },
  {
    file: "invites/[id]/resend/route.ts",
    method: "POST",
    permission: "members.invite",
    success: 200,
    send: (auth, f) => call(resendInviteRoute, "POST", "/", { ...auth, params: { id: f.inviteId } }),
  },
  {
    file: "invite-links/route.ts",
    method: "GET",
    permission: "members.invite",
    success: 200,
    send: (auth) => call(listLinksRoute, "GET", "/", { ...auth }),
  },
  {
    file: "invite-links/route.ts",
    method: "POST",
    permission: "members.invite",
    success: 201,
    send: (auth) => call(createLinkRoute, "POST", "/", { ...auth, body: { role: "GUEST" } }),
  },
  {
    file: "invite-links/[id]/route.ts",
    method: "DELETE",
    permission: "members.invite",
    success: 204,
    send: (auth, f) => call(revokeLinkRoute, "DELETE", "/", { ...auth, params: { id: f.linkId } }),
  },
];

// Each generated resource's endpoints (tests/resources), sent at a row of the caller's organization planted for it.
ENDPOINTS.push(
  ...GENERATED_RESOURCES.flatMap((resource) =>
    resource.endpoints.map((endpoint) => ({
      ...endpoint,
      send: async (auth: Auth, f: Fixture) => endpoint.send(auth, (await resource.seed(f.organizationId, "Role table row")).id),
    })),
  ),
);

/**
 * [file, method, permission, whether API keys are refused] of every route handler whose declaration names a
 * permission (tests/support/declared.ts).
 */
async function permissionedHandlers(): Promise<string[]> {
  return (await declaredRoutes())
    .flatMap(({ file, name, declaration }) =>
      declaration?.access === "org" && declaration.permission
        ? [
            `${file.replace(/^api\//, "")} ${name} ${declaration.permission}${declaration.apiKeys === false || declaration.baseRole ? " person-only" : ""}`,
          ]
        : [],
    )
    .sort();
}

/**
 * A fresh organization with a project, a custom role and a second member; the actor is a member with `role`, or an
 * API key made by the owner with the `extra` permissions.
 */
async function setUp(role: (typeof BASE_ROLES)[number] | "API key", extra: Permission[] = []): Promise<{ auth: Auth; fixture: Fixture }> {
  const owner = await signUpUser({ organizationName: "Role Table Org" });
  const project = await createProject(owner.token);
  const customRole = await createCustomRole(owner.token, "Readers", ["projects.read"]);
  const target = await memberOf(owner.organization.id, "MEMBER");
  const guest = await memberOf(owner.organization.id, "GUEST");
  const { invite } = await inviteAndReadToken(owner.token, uniqueEmail("invited"), "GUEST");
  const link = await createLink(owner.token, { role: "GUEST" });
  // A billing account (the first checkout creates it), for the portal.
  expect((await call(checkoutRoute, "POST", "/", { token: owner.token, body: { plan: "pro" } })).status).toBe(201);
  const keyResponse = await call(createKeyRoute, "POST", "/", {
    token: owner.token,
    body: { name: "Fixture key", permissions: ["projects.read"] },
  });
  const keyId = ((await keyResponse.json()) as { key: { id: string } }).key.id;
  const hook = await call(createWebhookRoute, "POST", "/", {
    token: owner.token,
    body: { url: "http://127.0.0.1:9/fixture", events: ["project.deleted"] },
  });
  const webhookId = ((await hook.json()) as { webhook: { id: string } }).webhook.id;
  // A delivery in its log: a test event, queued and never run here.
  expect((await call(testWebhookRoute, "POST", "/", { token: owner.token, params: { id: webhookId } })).status).toBe(202);
  const { id: deliveryId } = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: webhookId }, select: { id: true } });
  // A verified domain whose TXT record is published (the tests' DNS server).
  const domain = await db.organizationDomain.create({
    data: {
      organizationId: owner.organization.id,
      domain: `${uniqueEmail("rt").split("@")[0]}.example`,
      verificationToken: `orgstack-verification=${keyId}`,
      verifiedAt: new Date(),
    },
  });
  await setTxtRecords(`_orgstack-verification.${domain.domain}`, [domain.verificationToken]);
  const fixture = {
    organizationId: owner.organization.id,
    projectId: project.id,
    roleId: customRole.id,
    targetUserId: target.user.id,
    guestUserId: guest.user.id,
    inviteId: invite.id,
    linkId: link.id,
    keyId,
    webhookId,
    deliveryId,
    domainId: domain.id,
  };
  if (role === "OWNER") return { auth: { token: owner.token }, fixture };
  if (role === "API key") {
    const made = await call(createKeyRoute, "POST", "/", { token: owner.token, body: { name: "Actor key", permissions: extra } });
    expect(made.status).toBe(201);
    return { auth: { apiKey: ((await made.json()) as { secret: string }).secret }, fixture };
  }

  const actor = await memberOf(owner.organization.id, role);
  if (extra.length) {
    const grant = await createCustomRole(owner.token, "Extra", extra);
    const assigned = await call(memberRolesRoute, "PUT", "/", {
      token: owner.token,
      params: { userId: actor.user.id },
      body: { customRoleIds: [grant.id] },
    });
    expect(assigned.status).toBe(200);
  }
  return { auth: { token: actor.token }, fixture };
}

describe("role table", () => {
  it("covers every route handler that declares a permission", async () => {
    expect(await permissionedHandlers()).toEqual(
      ENDPOINTS.map((e) => `${e.file} ${e.method} ${e.permission}${e.personOnly || e.baseRoleOnly ? " person-only" : ""}`).sort(),
    );
  });

  for (const endpoint of ENDPOINTS) {
    for (const role of BASE_ROLES) {
      const allowed = ROLE_PERMISSIONS[role].includes(endpoint.permission);
      it(`${role} ${endpoint.method} ${endpoint.file} → ${allowed ? endpoint.success : 403}`, async () => {
        const { auth, fixture } = await setUp(role);
        const response = await endpoint.send(auth, fixture);
        expect(response.status, await response.clone().text()).toBe(allowed ? endpoint.success : 403);
      });
    }
    const forKey = endpoint.personOnly || endpoint.baseRoleOnly ? 403 : endpoint.success;
    it(`API key holding ${endpoint.permission} ${endpoint.method} ${endpoint.file} → ${forKey}`, async () => {
      const { auth, fixture } = await setUp("API key", [endpoint.permission, "projects.read"]);
      const response = await endpoint.send(auth, fixture);
      expect(response.status, await response.clone().text()).toBe(forKey);
    });
    const without = endpoint.permission === "projects.read" ? "projects.create" : "projects.read";
    it(`API key without ${endpoint.permission} ${endpoint.method} ${endpoint.file} → 403`, async () => {
      const { auth, fixture } = await setUp("API key", [without]);
      const response = await endpoint.send(auth, fixture);
      expect(response.status, await response.clone().text()).toBe(403);
    });
    const expected = endpoint.baseRoleOnly ? 403 : endpoint.success;
    it(`GUEST holding a custom role with ${endpoint.permission} ${endpoint.method} ${endpoint.file} → ${expected}`, async () => {
      const { auth, fixture } = await setUp("GUEST", [endpoint.permission, "projects.read"]);
      const response = await endpoint.send(auth, fixture);
      expect(response.status, await response.clone().text()).toBe(expected);
    });
  }
});

// Endpoints decided by the base role rather than a permission (so the table above cannot find them): who may list,
// remove others, and hand over the organization.
const BY_BASE_ROLE: Array<{
  name: string;
  expected: Record<(typeof BASE_ROLES)[number] | "API key", number>;
  send: (auth: Auth, f: Fixture) => Promise<Response>;
}> = [
  {
    name: "GET members",
    expected: { OWNER: 200, ADMIN: 200, MEMBER: 200, GUEST: 200, "API key": 200 },
    send: (auth) => call(listMembersRoute, "GET", "/", { ...auth }),
  },
  {
    name: "DELETE a member (someone else)",
    expected: { OWNER: 204, ADMIN: 204, MEMBER: 403, GUEST: 403, "API key": 204 },
    send: (auth, f) => call(removeMemberRoute, "DELETE", "/", { ...auth, params: { userId: f.targetUserId } }),
  },
  {
    name: "GET the ownership transfer",
    expected: { OWNER: 200, ADMIN: 200, MEMBER: 200, GUEST: 200, "API key": 403 },
    send: (auth) => call(getTransferRoute, "GET", "/", { ...auth }),
  },
  {
    name: "POST an ownership transfer",
    expected: { OWNER: 201, ADMIN: 403, MEMBER: 403, GUEST: 403, "API key": 403 },
    send: (auth, f) => call(requestTransferRoute, "POST", "/", { ...auth, body: { userId: f.targetUserId } }),
  },
  // Single sign-on and directory sync are the owners' (a 404 for an owner: past the check, nothing to remove yet).
  { name: "GET the SSO connection", expected: ONLY_OWNERS(200), send: (auth) => call(ssoRoute, "GET", "/", { ...auth }) },
  {
    name: "PUT the SSO connection",
    expected: ONLY_OWNERS(200),
    send: (auth) =>
      call(saveSsoRoute, "PUT", "/", {
        ...auth,
        body: { protocol: "SAML", entityId: "https://idp.example/rt", ssoUrl: "https://idp.example/sso", certificate: SAML_IDP_CERT },
      }),
  },
  { name: "DELETE the SSO connection", expected: ONLY_OWNERS(404), send: (auth) => call(removeSsoRoute, "DELETE", "/", { ...auth }) },
  { name: "GET the SCIM token", expected: ONLY_OWNERS(200), send: (auth) => call(scimTokenRoute, "GET", "/", { ...auth }) },
  { name: "POST a SCIM token", expected: ONLY_OWNERS(201), send: (auth) => call(createScimTokenRoute, "POST", "/", { ...auth }) },
  { name: "DELETE the SCIM token", expected: ONLY_OWNERS(404), send: (auth) => call(revokeScimTokenRoute, "DELETE", "/", { ...auth }) },
];

function ONLY_OWNERS(status: number) {
  return { OWNER: status, ADMIN: 403, MEMBER: 403, GUEST: 403, "API key": 403 };
}

describe("role table: endpoints decided by the base role", () => {
  for (const endpoint of BY_BASE_ROLE) {
    for (const role of [...BASE_ROLES, "API key" as const]) {
      it(`${role} ${endpoint.name} → ${endpoint.expected[role]}`, async () => {
        // The key holds everything an admin may do.
        const { auth, fixture } = await setUp(role, role === "API key" ? [...ROLE_PERMISSIONS.ADMIN] : []);
        const response = await endpoint.send(auth, fixture);
        expect(response.status, await response.clone().text()).toBe(endpoint.expected[role]);
      });
    }
  }
});
