import { randomBytes } from "node:crypto";
import { POST as projectsRoute } from "../../app/api/projects/route";
import { POST as rolesRoute } from "../../app/api/roles/route";
import { POST as apiKeysRoute } from "../../app/api/api-keys/route";
import { PATCH as patchProjectRoute } from "../../app/api/projects/[id]/route";
import { POST as webhooksRoute } from "../../app/api/webhooks/endpoints/route";
import { db, type Role } from "@/server/db";
import { hashSecretToken } from "@/server/secret-token";
import { POST as switchRoute } from "../../app/api/organizations/switch/route";
import { call, sessionTokenOf } from "./http";
import { addMember, signUpUser, uniqueEmail } from "./factories";
import { createLink, inviteAndReadToken } from "./invites";
import { GENERATED_RESOURCES } from "../resources";

/** Creates a project through the real route, as the holder of `token`. */
export async function createProject(token: string, name = "Apollo", description = "") {
  const response = await call(projectsRoute, "POST", "/api/projects", { token, body: { name, description } });
  if (response.status !== 201) throw new Error(`create project failed: ${response.status} ${await response.text()}`);
  return (await response.json()).project as { id: string; name: string; description: string };
}

export async function createCustomRole(token: string, name: string, permissions: string[]) {
  const response = await call(rolesRoute, "POST", "/api/roles", { token, body: { name, permissions } });
  if (response.status !== 201) throw new Error(`create role failed: ${response.status} ${await response.text()}`);
  return (await response.json()).role as { id: string; name: string; permissions: string[] };
}

/** Creates an API key through the real route (projects.read), as the holder of `token`. */
export async function createApiKey(token: string, name: string, permissions: string[] = ["projects.read"]) {
  const response = await call(apiKeysRoute, "POST", "/api/api-keys", { token, body: { name, permissions } });
  if (response.status !== 201) throw new Error(`create API key failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { key: { id: string; prefix: string }; secret: string };
}

export async function createWebhook(token: string, url: string, events: string[] = ["project.updated"]) {
  const response = await call(webhooksRoute, "POST", "/api/webhooks/endpoints", { token, body: { url, events } });
  if (response.status !== 201) throw new Error(`create webhook failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { webhook: { id: string } }).webhook;
}

/** A new user who joins `organizationId` with `role`, signed in there. */
export async function memberOf(organizationId: string, role: Role) {
  const { user, token: ownOrgToken } = await signUpUser({ organizationName: "Their Own Org" });
  const membership = await addMember(organizationId, user.id, role);
  const switched = await call(switchRoute, "POST", "/api/organizations/switch", { token: ownOrgToken, body: { organizationId } });
  if (switched.status !== 200) throw new Error(`switch failed: ${switched.status}`);
  return { user, membershipId: membership.id, token: sessionTokenOf(switched)! };
}

/**
 * Two organizations, each with an owner, a project, a custom role, a pending invitation and an invite link: the
 * ground of the isolation tests.
 */
/** Directory sync turned on for an organization: its SCIM bearer token. */
async function directoryOf(organizationId: string): Promise<string> {
  const token = `scim_${randomBytes(32).toString("base64url")}`;
  await db.scimToken.create({ data: { organizationId, tokenHash: hashSecretToken(token), prefix: token.slice(0, 12) } });
  return token;
}

export async function twoOrganizations() {
  const a = await signUpUser({ organizationName: "Org A" });
  const b = await signUpUser({ organizationName: "Org B" });
  const [projectA, projectB] = await Promise.all([createProject(a.token, "A's project"), createProject(b.token, "B's secret project")]);
  const [roleA, roleB] = await Promise.all([
    createCustomRole(a.token, "Reviewer", ["projects.read"]),
    createCustomRole(b.token, "Auditor", ["audit.read"]),
  ]);
  const [inviteA, inviteB] = [
    await inviteAndReadToken(a.token, uniqueEmail("a-invitee")),
    await inviteAndReadToken(b.token, uniqueEmail("b-invitee")),
  ];
  const [linkA, linkB] = await Promise.all([createLink(a.token, { role: "MEMBER" }), createLink(b.token, { role: "GUEST" })]);
  const [keyA, keyB] = await Promise.all([createApiKey(a.token, "A's script"), createApiKey(b.token, "B's integration")]);
  const [hookA, hookB] = await Promise.all([
    createWebhook(a.token, "http://127.0.0.1:9/a"),
    createWebhook(b.token, "http://127.0.0.1:9/b"),
  ]);
  // B's endpoint has a delivery in its log (B's project rename, announced to it).
  await call(patchProjectRoute, "PATCH", "/", { token: b.token, params: { id: projectB.id }, body: { name: "B's secret project" } });
  const deliveryB = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: hookB.id }, select: { id: true } });
  // A verified domain each, and a support view of B (ended) in B's records.
  const [domainA, domainB] = await Promise.all(
    [a, b].map((org) =>
      db.organizationDomain.create({
        data: {
          organizationId: org.organization.id,
          domain: `${org.organization.slug}.example`,
          verificationToken: `orgstack-verification=${org.organization.id}`,
          verifiedAt: new Date(),
        },
        select: { id: true, domain: true },
      }),
    ),
  );
  // Each has directory sync on (a SCIM token, A's returned); B also an identity provider, and its owner in its
  // directory, in a group.
  const [scimA] = await Promise.all([a, b].map((org) => directoryOf(org.organization.id)));
  const ssoB = await db.ssoConnection.create({
    data: {
      organizationId: b.organization.id,
      protocol: "OIDC",
      oidcIssuer: "https://idp.b.example",
      oidcClientId: "b-client",
      oidcClientSecretSealed: "sealed",
    },
    select: { id: true },
  });
  const directoryUserB = await db.directoryUser.create({
    data: { organizationId: b.organization.id, userName: b.user.email, userId: b.user.id },
    select: { id: true },
  });
  const groupB = await db.directoryGroup.create({
    data: { organizationId: b.organization.id, displayName: "B's auditors", customRoleId: roleB.id },
    select: { id: true },
  });
  await db.directoryGroupMember.create({
    data: { organizationId: b.organization.id, groupId: groupB.id, directoryUserId: directoryUserB.id },
  });
  // A row of B's in each generated resource's table (tests/resources), by model.
  const rowsB = Object.fromEntries(
    await Promise.all(
      GENERATED_RESOURCES.map(
        async (resource) => [resource.model, await resource.seed(b.organization.id, `B's secret ${resource.model}`)] as const,
      ),
    ),
  );
  return {
    a: {
      ...a,
      project: projectA,
      role: roleA,
      invite: inviteA.invite,
      link: linkA,
      apiKey: keyA,
      webhook: hookA,
      domain: domainA!,
      scimToken: scimA!,
    },
    b: {
      ...b,
      project: projectB,
      role: roleB,
      invite: inviteB.invite,
      link: linkB,
      apiKey: keyB,
      webhook: hookB,
      delivery: deliveryB,
      domain: domainB!,
      sso: ssoB,
      directoryUser: directoryUserB,
      group: groupB,
      generated: rowsB,
    },
  };
}
