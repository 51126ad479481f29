// The leak suite: a user of organization A aims every tenant route at organization B's ids. Every answer is a 404
// (or a list without B's rows), and B's data is exactly as it was.
import { describe, expect, inject, it } from "vitest";
import { GET as meRoute } from "../../app/api/me/route";
import { GET as currentRoute, DELETE as deleteCurrentRoute, PATCH as patchCurrentRoute } from "../../app/api/organizations/current/route";
import { GET as logoRoute } from "../../app/api/organizations/[id]/logo/route";
import { POST as restoreRoute } from "../../app/api/organizations/[id]/restore/route";
import { DELETE as removeLogoRoute, POST as uploadLogoRoute } from "../../app/api/organizations/current/logo/route";
import { GET as listMembersRoute } from "../../app/api/organizations/current/members/route";
import { DELETE as removeMemberRoute, PATCH as changeMemberRoleRoute } from "../../app/api/organizations/current/members/[userId]/route";
import { POST as acceptTransferRoute } from "../../app/api/organizations/current/transfer/accept/route";
import {
  DELETE as cancelTransferRoute,
  GET as getTransferRoute,
  POST as requestTransferRoute,
} from "../../app/api/organizations/current/transfer/route";
import { GET as auditRoute } from "../../app/api/audit/route";
import { GET as auditExportRoute } from "../../app/api/audit/export/route";
import { GET as billingRoute } from "../../app/api/billing/route";
import { DELETE as revokeApiKeyRoute } from "../../app/api/api-keys/[id]/route";
import { GET as listApiKeysRoute } from "../../app/api/api-keys/route";
import { GET as deliveriesRoute } from "../../app/api/webhooks/endpoints/[id]/deliveries/route";
import { POST as redeliverRoute } from "../../app/api/webhooks/endpoints/[id]/deliveries/[deliveryId]/redeliver/route";
import { POST as rotateWebhookRoute } from "../../app/api/webhooks/endpoints/[id]/rotate-secret/route";
import { DELETE as deleteWebhookRoute, PATCH as patchWebhookRoute } from "../../app/api/webhooks/endpoints/[id]/route";
import { POST as testWebhookRoute } from "../../app/api/webhooks/endpoints/[id]/test/route";
import { GET as listWebhooksRoute } from "../../app/api/webhooks/endpoints/route";
import { POST as checkoutRoute } from "../../app/api/billing/checkout/route";
import { POST as portalRoute } from "../../app/api/billing/portal/route";
import { PUT as memberRolesRoute } from "../../app/api/organizations/current/members/[userId]/roles/route";
import { GET as listProjectsRoute, POST as createProjectRoute } from "../../app/api/projects/route";
import { DELETE as deleteProjectRoute, GET as getProjectRoute, PATCH as patchProjectRoute } from "../../app/api/projects/[id]/route";
import { GET as listRolesRoute, POST as createRoleRoute } from "../../app/api/roles/route";
import { DELETE as deleteRoleRoute, PATCH as patchRoleRoute } from "../../app/api/roles/[id]/route";
import { DELETE as revokeLinkRoute } from "../../app/api/invite-links/[id]/route";
import { GET as listLinksRoute, POST as createLinkRoute } from "../../app/api/invite-links/route";
import { DELETE as revokeInviteRoute } from "../../app/api/invites/[id]/route";
import { POST as resendInviteRoute } from "../../app/api/invites/[id]/resend/route";
import { GET as listInvitesRoute, POST as inviteRoute } from "../../app/api/invites/route";
import { DELETE as removeDomainRoute, PATCH as patchDomainRoute } from "../../app/api/domains/[id]/route";
import { POST as verifyDomainRoute } from "../../app/api/domains/[id]/verify/route";
import { GET as listDomainsRoute } from "../../app/api/domains/route";
import { GET as securityRoute, PATCH as patchSecurityRoute } from "../../app/api/organizations/current/security/route";
import { DELETE as removeSsoRoute, GET as ssoRoute, PUT as saveSsoRoute } from "../../app/api/organizations/current/sso/route";
import {
  DELETE as revokeScimTokenRoute,
  GET as scimTokenRoute,
  POST as createScimTokenRoute,
} from "../../app/api/organizations/current/scim-token/route";
import {
  DELETE as deleteScimGroupRoute,
  GET as scimGroupRoute,
  PATCH as patchScimGroupRoute,
  PUT as putScimGroupRoute,
} from "../../app/scim/v2/Groups/[id]/route";
import { GET as listScimGroupsRoute } from "../../app/scim/v2/Groups/route";
import {
  DELETE as deleteScimUserRoute,
  GET as scimUserRoute,
  PATCH as patchScimUserRoute,
  PUT as putScimUserRoute,
} from "../../app/scim/v2/Users/[id]/route";
import { GET as listScimUsersRoute, POST as createScimUserRoute } from "../../app/scim/v2/Users/route";
import { signSessionToken, verifySessionToken } from "@/server/auth/token";
import { PERMISSIONS } from "@/lib/permissions";
import { db } from "@/server/db";
import { call } from "../support/http";
import { SAML_IDP_CERT } from "../support/identity-provider";
import { PNG } from "../support/images";
import { createApiKey, twoOrganizations } from "../support/tenants";
import { GENERATED_RESOURCES } from "../resources";

type World = Awaited<ReturnType<typeof twoOrganizations>>;

/**
 * Everything organization B owns, as the server role sees it: must not change whatever A does. Every table with an
 * `organizationId` column, found in the catalog — a new tenant table is in the snapshot without anyone listing it —
 * and the organization's own row.
 */
async function snapshotOf(organizationId: string) {
  const tables = await db.$queryRaw<{ table: string }[]>`
    SELECT c.table_name AS "table" FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
    WHERE c.table_schema = current_schema() AND c.column_name = 'organizationId'
    ORDER BY 1`;
  expect(tables.length).toBeGreaterThan(20);
  const snapshot: Record<string, string[]> = {};
  snapshot.Organization = await rowsOf("Organization", "id", organizationId);
  for (const { table } of tables) snapshot[table] = await rowsOf(table, "organizationId", organizationId);
  return snapshot;
}

async function rowsOf(table: string, column: string, organizationId: string): Promise<string[]> {
  const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const rows = await db.$queryRawUnsafe<{ row: string }[]>(
    `SELECT row_to_json(t)::text AS row FROM ${quoted(table)} t WHERE ${quoted(column)} = $1 ORDER BY 1`,
    organizationId,
  );
  return rows.map(({ row }) => row);
}

/** Every tenant request that names one of B's ids, as A would send it (optionally with extra headers). */
function attacksOn(w: World, headers?: Record<string, string>) {
  const b = w.b;
  return [
    {
      name: "read B's project",
      run: (auth: Auth) => call(getProjectRoute, "GET", "/", { ...auth, headers, params: { id: b.project.id } }),
    },
    {
      name: "rename B's project",
      run: (auth: Auth) =>
        call(patchProjectRoute, "PATCH", "/", { ...auth, headers, params: { id: b.project.id }, body: { name: "pwned" } }),
    },
    {
      name: "delete B's project",
      run: (auth: Auth) => call(deleteProjectRoute, "DELETE", "/", { ...auth, headers, params: { id: b.project.id } }),
    },
    {
      name: "change B's webhook endpoint",
      run: (auth: Auth) =>
        call(patchWebhookRoute, "PATCH", "/", {
          ...auth,
          headers,
          params: { id: b.webhook.id },
          body: { url: "http://127.0.0.1:9/stolen" },
        }),
    },
    {
      name: "delete B's webhook endpoint",
      run: (auth: Auth) => call(deleteWebhookRoute, "DELETE", "/", { ...auth, headers, params: { id: b.webhook.id } }),
    },
    {
      name: "rotate B's webhook secret",
      run: (auth: Auth) => call(rotateWebhookRoute, "POST", "/", { ...auth, headers, params: { id: b.webhook.id } }),
    },
    {
      name: "send B's endpoint a test event",
      run: (auth: Auth) => call(testWebhookRoute, "POST", "/", { ...auth, headers, params: { id: b.webhook.id } }),
    },
    {
      name: "send B's delivery again",
      run: (auth: Auth) => call(redeliverRoute, "POST", "/", { ...auth, headers, params: { id: b.webhook.id, deliveryId: b.delivery.id } }),
    },
    {
      name: "send B's delivery again through A's endpoint",
      run: (auth: Auth) =>
        call(redeliverRoute, "POST", "/", { ...auth, headers, params: { id: w.a.webhook.id, deliveryId: b.delivery.id } }),
    },
    {
      name: "let anyone join B through B's domain",
      run: (auth: Auth) =>
        call(patchDomainRoute, "PATCH", "/", {
          ...auth,
          headers,
          params: { id: b.domain.id },
          body: { joinMode: "AUTOMATIC", joinRole: "ADMIN" },
        }),
    },
    {
      name: "re-check B's domain",
      run: (auth: Auth) => call(verifyDomainRoute, "POST", "/", { ...auth, headers, params: { id: b.domain.id } }),
    },
    {
      name: "remove B's domain",
      run: (auth: Auth) => call(removeDomainRoute, "DELETE", "/", { ...auth, headers, params: { id: b.domain.id } }),
    },
    {
      name: "read B's delivery log",
      run: (auth: Auth) => call(deliveriesRoute, "GET", "/", { ...auth, headers, params: { id: b.webhook.id } }),
    },
    {
      name: "revoke B's API key",
      run: (auth: Auth) => call(revokeApiKeyRoute, "DELETE", "/", { ...auth, headers, params: { id: b.apiKey.key.id } }),
    },
    {
      name: "rename B's custom role",
      run: (auth: Auth) => call(patchRoleRoute, "PATCH", "/", { ...auth, headers, params: { id: b.role.id }, body: { name: "pwned" } }),
    },
    {
      name: "delete B's custom role",
      run: (auth: Auth) => call(deleteRoleRoute, "DELETE", "/", { ...auth, headers, params: { id: b.role.id } }),
    },
    {
      name: "give B's custom role to A's owner",
      run: (auth: Auth) =>
        call(memberRolesRoute, "PUT", "/", { ...auth, headers, params: { userId: w.a.user.id }, body: { customRoleIds: [b.role.id] } }),
    },
    {
      name: "give A's custom role to B's owner",
      run: (auth: Auth) =>
        call(memberRolesRoute, "PUT", "/", { ...auth, headers, params: { userId: b.user.id }, body: { customRoleIds: [w.a.role.id] } }),
    },
    {
      name: "revoke B's invitation",
      run: (auth: Auth) => call(revokeInviteRoute, "DELETE", "/", { ...auth, headers, params: { id: b.invite.id } }),
    },
    {
      name: "resend B's invitation",
      run: (auth: Auth) => call(resendInviteRoute, "POST", "/", { ...auth, headers, params: { id: b.invite.id } }),
    },
    {
      name: "revoke B's invite link",
      run: (auth: Auth) => call(revokeLinkRoute, "DELETE", "/", { ...auth, headers, params: { id: b.link.id } }),
    },
    {
      name: "demote B's owner",
      run: (auth: Auth) =>
        call(changeMemberRoleRoute, "PATCH", "/", { ...auth, headers, params: { userId: b.user.id }, body: { role: "GUEST" } }),
    },
    {
      name: "remove B's owner",
      run: (auth: Auth) => call(removeMemberRoute, "DELETE", "/", { ...auth, headers, params: { userId: b.user.id } }),
    },
    {
      name: "nominate B's owner as owner",
      run: (auth: Auth) => call(requestTransferRoute, "POST", "/", { ...auth, headers, body: { userId: b.user.id } }),
    },
    { name: "read B's logo", run: (auth: Auth) => call(logoRoute, "GET", "/", { ...auth, headers, params: { id: b.organization.id } }) },
    { name: "restore B", run: (auth: Auth) => call(restoreRoute, "POST", "/", { ...auth, headers, params: { id: b.organization.id } }) },
    ...GENERATED_RESOURCES.flatMap((resource) => resource.attacks(b.generated[resource.model]!.id, headers)),
  ];
}

/** The same tenant routes, aimed at B through x-organization-id instead of B's ids. */
function headerAttacksOn(w: World) {
  const headers = { "x-organization-id": w.b.organization.id };
  return [
    { name: "GET /api/me", run: (auth: Auth) => call(meRoute, "GET", "/", { ...auth, headers }) },
    { name: "GET /api/organizations/current", run: (auth: Auth) => call(currentRoute, "GET", "/", { ...auth, headers }) },
    { name: "GET /api/projects", run: (auth: Auth) => call(listProjectsRoute, "GET", "/", { ...auth, headers }) },
    { name: "GET /api/billing", run: (auth: Auth) => call(billingRoute, "GET", "/", { ...auth, headers }) },
    {
      name: "POST /api/billing/checkout",
      run: (auth: Auth) => call(checkoutRoute, "POST", "/", { ...auth, headers, body: { plan: "pro" } }),
    },
    { name: "POST /api/billing/portal", run: (auth: Auth) => call(portalRoute, "POST", "/", { ...auth, headers }) },
    {
      name: "POST /api/projects",
      run: (auth: Auth) => call(createProjectRoute, "POST", "/", { ...auth, headers, body: { name: "Planted" } }),
    },
    { name: "GET /api/roles", run: (auth: Auth) => call(listRolesRoute, "GET", "/", { ...auth, headers }) },
    { name: "GET /api/invites", run: (auth: Auth) => call(listInvitesRoute, "GET", "/", { ...auth, headers }) },
    {
      name: "POST /api/invites",
      run: (auth: Auth) => call(inviteRoute, "POST", "/", { ...auth, headers, body: { email: "planted@example.test", role: "OWNER" } }),
    },
    { name: "GET /api/invite-links", run: (auth: Auth) => call(listLinksRoute, "GET", "/", { ...auth, headers }) },
    {
      name: "POST /api/invite-links",
      run: (auth: Auth) => call(createLinkRoute, "POST", "/", { ...auth, headers, body: { role: "MEMBER" } }),
    },
    {
      name: "POST /api/roles",
      run: (auth: Auth) =>
        call(createRoleRoute, "POST", "/", { ...auth, headers, body: { name: "Planted", permissions: ["projects.read"] } }),
    },
    { name: "GET /api/organizations/current/members", run: (auth: Auth) => call(listMembersRoute, "GET", "/", { ...auth, headers }) },
    {
      name: "PATCH /api/organizations/current",
      run: (auth: Auth) => call(patchCurrentRoute, "PATCH", "/", { ...auth, headers, body: { name: "pwned" } }),
    },
    {
      name: "DELETE /api/organizations/current",
      run: (auth: Auth) => call(deleteCurrentRoute, "DELETE", "/", { ...auth, headers, body: { confirm: w.b.organization.name } }),
    },
    {
      name: "POST /api/organizations/current/logo",
      run: (auth: Auth) =>
        call(uploadLogoRoute, "POST", "/", {
          ...auth,
          headers: { ...headers, "content-type": "image/png" },
          rawBody: Uint8Array.from(PNG),
        }),
    },
    { name: "DELETE /api/organizations/current/logo", run: (auth: Auth) => call(removeLogoRoute, "DELETE", "/", { ...auth, headers }) },
    { name: "GET /api/organizations/current/transfer", run: (auth: Auth) => call(getTransferRoute, "GET", "/", { ...auth, headers }) },
    {
      name: "DELETE /api/organizations/current/transfer",
      run: (auth: Auth) => call(cancelTransferRoute, "DELETE", "/", { ...auth, headers }),
    },
    {
      name: "POST /api/organizations/current/transfer/accept",
      run: (auth: Auth) => call(acceptTransferRoute, "POST", "/", { ...auth, headers }),
    },
    { name: "GET /api/audit", run: (auth: Auth) => call(auditRoute, "GET", "/", { ...auth, headers }) },
    { name: "GET /api/audit/export", run: (auth: Auth) => call(auditExportRoute, "GET", "/", { ...auth, headers }) },
    {
      name: "PATCH /api/organizations/current/security",
      run: (auth: Auth) => call(patchSecurityRoute, "PATCH", "/", { ...auth, headers, body: { requireSso: false } }),
    },
    { name: "GET /api/organizations/current/sso", run: (auth: Auth) => call(ssoRoute, "GET", "/", { ...auth, headers }) },
    {
      name: "PUT /api/organizations/current/sso",
      run: (auth: Auth) =>
        call(saveSsoRoute, "PUT", "/", {
          ...auth,
          headers,
          body: { protocol: "SAML", entityId: "https://evil.example", ssoUrl: "https://evil.example/sso", certificate: SAML_IDP_CERT },
        }),
    },
    { name: "DELETE /api/organizations/current/sso", run: (auth: Auth) => call(removeSsoRoute, "DELETE", "/", { ...auth, headers }) },
    { name: "GET /api/organizations/current/scim-token", run: (auth: Auth) => call(scimTokenRoute, "GET", "/", { ...auth, headers }) },
    {
      name: "POST /api/organizations/current/scim-token",
      run: (auth: Auth) => call(createScimTokenRoute, "POST", "/", { ...auth, headers }),
    },
    {
      name: "DELETE /api/organizations/current/scim-token",
      run: (auth: Auth) => call(revokeScimTokenRoute, "DELETE", "/", { ...auth, headers }),
    },
    ...GENERATED_RESOURCES.flatMap((resource) => resource.unscoped(headers)),
    ...attacksOn(w, headers).map((attack) => ({ ...attack, name: `${attack.name}, with the header` })),
  ];
}

/** Who attacks: A's session cookie, or one of A's API keys. */
type Auth = { token: string } | { apiKey: string };
type Attack = { name: string; run: (auth: Auth) => Promise<Response> };

async function expectAllNotFound(w: World, auth: Auth | string, attacks: Attack[]) {
  const before = await snapshotOf(w.b.organization.id);
  for (const attack of attacks) {
    const response = await attack.run(typeof auth === "string" ? { token: auth } : auth);
    expect(response.status, attack.name).toBe(404);
    const text = await response.text();
    expect(text, attack.name).not.toContain(w.b.project.name);
    expect(text, attack.name).not.toContain(w.b.organization.name);
  }
  expect(await snapshotOf(w.b.organization.id)).toEqual(before);
}

describe("tenant isolation (leak suite)", () => {
  it(`runs with row-level security ${inject("rowLevelSecurity")} (npm run test:integration runs it both ways)`, async () => {
    const protectedTables = await db.$queryRaw<Array<{ table: string }>>`
      SELECT c.relname AS "table" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relrowsecurity`;
    // Off: nothing but the data-access layer's own filters stands between the tenants.
    if (inject("rowLevelSecurity") === "off") expect(protectedTables).toEqual([]);
    else expect(protectedTables.map((t) => t.table)).toEqual(expect.arrayContaining(["Project", "Membership", "AuditEvent"]));
  });

  it("answers 404 to every request for another organization's ids, and changes nothing there", async () => {
    const w = await twoOrganizations();
    await expectAllNotFound(w, w.a.token, attacksOn(w));
  });

  it("answers 404 to x-organization-id naming an organization the user is not in", async () => {
    const w = await twoOrganizations();
    await expectAllNotFound(w, w.a.token, headerAttacksOn(w));
    expect(await db.project.count({ where: { name: "Planted" } })).toBe(0);
    expect(await db.customRole.count({ where: { name: "Planted" } })).toBe(0);
    expect(await db.invitation.count({ where: { email: "planted@example.test" } })).toBe(0);
  });

  it("never lists another organization's rows, whatever the filters say", async () => {
    const w = await twoOrganizations();
    for (const query of [
      "",
      `?organizationId=${w.b.organization.id}`,
      `?q=${encodeURIComponent("B's secret")}`,
      `?cursor=${w.b.project.id}`,
    ]) {
      const response = await call(listProjectsRoute, "GET", `/api/projects${query}`, { token: w.a.token });
      expect(response.status, query).toBe(200);
      const { projects } = await response.json();
      expect(
        projects.map((p: { id: string }) => p.id),
        query,
      ).not.toContain(w.b.project.id);
    }
    const roles = await (await call(listRolesRoute, "GET", "/api/roles", { token: w.a.token })).json();
    expect(roles.roles.map((r: { id: string }) => r.id)).toEqual([w.a.role.id]);
    const invites = await (await call(listInvitesRoute, "GET", "/api/invites", { token: w.a.token })).json();
    expect(invites.invites.map((i: { id: string }) => i.id)).toEqual([w.a.invite.id]);
    const links = await (await call(listLinksRoute, "GET", "/api/invite-links", { token: w.a.token })).json();
    expect(links.links.map((l: { id: string }) => l.id)).toEqual([w.a.link.id]);
    const keys = await (await call(listApiKeysRoute, "GET", "/api/api-keys", { token: w.a.token })).json();
    expect(keys.keys.map((k: { id: string }) => k.id)).toEqual([w.a.apiKey.key.id]);
    const hooks = await (await call(listWebhooksRoute, "GET", "/api/webhooks/endpoints", { token: w.a.token })).json();
    expect(hooks.webhooks.map((h: { id: string }) => h.id)).toEqual([w.a.webhook.id]);
    const domains = await (await call(listDomainsRoute, "GET", "/api/domains", { token: w.a.token })).json();
    expect(domains.domains.map((d: { id: string }) => d.id)).toEqual([w.a.domain.id]);
    // The security settings list A's members without a second factor, never B's.
    const security = await (await call(securityRoute, "GET", "/api/organizations/current/security", { token: w.a.token })).json();
    expect(security.policy.membersWithoutSecondFactor.map((m: { id: string }) => m.id)).toEqual([w.a.user.id]);
    for (const resource of GENERATED_RESOURCES) {
      const theirs = w.b.generated[resource.model]!.id;
      for (const query of ["", `?organizationId=${w.b.organization.id}`, `?q=${encodeURIComponent("B's secret")}`, `?cursor=${theirs}`]) {
        const response = await resource.list({ token: w.a.token }, query);
        expect(response.status, `${resource.model} ${query}`).toBe(200);
        expect(await response.text(), `${resource.model} ${query}`).not.toContain(theirs);
      }
    }
  });

  it("never shows another organization's subscription, invoices or licenses on the billing API", async () => {
    const w = await twoOrganizations();
    await db.subscription.create({
      data: {
        organizationId: w.b.organization.id,
        plan: "business",
        status: "past_due",
        stripeCustomerId: `cus_${w.b.organization.id}`,
        seats: 7,
      },
    });
    await db.invoice.create({
      data: {
        id: `in_${w.b.organization.id}`,
        organizationId: w.b.organization.id,
        status: "open",
        amountDue: 2900,
        amountPaid: 0,
        currency: "usd",
        issuedAt: new Date(),
      },
    });
    const response = await call(billingRoute, "GET", "/api/billing", { token: w.a.token });
    expect(response.status).toBe(200);
    const billing = await response.json();
    expect(billing.subscription).toBeNull();
    expect(billing.invoices).toEqual([]);
    // A's own fixture license (Business), not B's subscription.
    expect(billing.entitlements).toMatchObject({ plan: "free", status: "none" });
    expect(billing.usage).toEqual({ seats: 1, pendingSeats: 1, projects: 1 });
    const portal = await call(portalRoute, "POST", "/api/billing/portal", { token: w.a.token });
    expect(portal.status).toBe(404);
  });

  it("ignores a cookie whose claims name another organization: the session row decides", async () => {
    const w = await twoOrganizations();
    const claims = (await verifySessionToken(w.a.token, process.env.JWT_SECRET!))!;
    // Signed with the real secret (the worst case: a leaked key), claiming B and OWNER there.
    const forged = await signSessionToken(
      { sub: claims.sub, sid: claims.sid, org: w.b.organization.id, slug: w.b.organization.slug, role: "OWNER" },
      process.env.JWT_SECRET!,
    );
    await expectAllNotFound(w, forged, attacksOn(w));
    const current = await (await call(currentRoute, "GET", "/", { token: forged })).json();
    expect(current.organization.id).toBe(w.a.organization.id);
  });

  it("answers 404 to A's API key, holding every permission, aimed at B's ids or naming B", async () => {
    const w = await twoOrganizations();
    const { secret } = await createApiKey(w.a.token, "A's all-powerful key", [...PERMISSIONS]);
    // What a key may never call is refused before any id is read: the account API (401), a person's decisions (403),
    // or B named by the header (404).
    const personal = new Set([
      "nominate B's owner as owner",
      "revoke B's API key",
      "read B's logo",
      "restore B",
      "PATCH /api/organizations/current/security",
    ]);
    for (const route of ["GET", "PUT", "DELETE"]) personal.add(`${route} /api/organizations/current/sso`);
    for (const route of ["GET", "POST", "DELETE"]) personal.add(`${route} /api/organizations/current/scim-token`);
    const isPersonal = (attack: Attack) => personal.has(attack.name.replace(/, with the header$/, ""));
    const attacks = [...attacksOn(w), ...headerAttacksOn(w)];
    await expectAllNotFound(
      w,
      { apiKey: secret },
      attacks.filter((attack) => !isPersonal(attack)),
    );
    for (const attack of attacks.filter(isPersonal)) {
      expect([401, 403, 404], attack.name).toContain((await attack.run({ apiKey: secret })).status);
    }
    expect(await db.project.count({ where: { name: "Planted" } })).toBe(0);
  });

  it("answers A's SCIM token, aimed at B's directory users and groups, with 404s, and lists only A's", async () => {
    const w = await twoOrganizations();
    const scim = { headers: { authorization: `Bearer ${w.a.scimToken}` } };
    const user = { ...scim, params: { id: w.b.directoryUser.id } };
    const group = { ...scim, params: { id: w.b.group.id } };
    const deactivate = { Operations: [{ op: "replace", value: { active: false } }] };
    const before = await snapshotOf(w.b.organization.id);
    const attacks: [string, Promise<Response>][] = [
      ["read B's directory user", call(scimUserRoute, "GET", "/", user)],
      ["deactivate B's owner", call(patchScimUserRoute, "PATCH", "/", { ...user, body: deactivate })],
      ["replace B's owner", call(putScimUserRoute, "PUT", "/", { ...user, body: { userName: w.b.user.email, active: false } })],
      ["delete B's owner", call(deleteScimUserRoute, "DELETE", "/", user)],
      ["read B's group", call(scimGroupRoute, "GET", "/", group)],
      [
        "empty B's group",
        call(patchScimGroupRoute, "PATCH", "/", { ...group, body: { Operations: [{ op: "replace", path: "members", value: [] }] } }),
      ],
      ["rename B's group", call(putScimGroupRoute, "PUT", "/", { ...group, body: { displayName: "pwned" } })],
      ["delete B's group", call(deleteScimGroupRoute, "DELETE", "/", group)],
    ];
    for (const [name, attack] of attacks) expect((await attack).status, name).toBe(404);
    // Provisioning B's owner into A's directory is refused too: not at A's verified domain.
    expect((await call(createScimUserRoute, "POST", "/", { ...scim, body: { userName: w.b.user.email } })).status).toBe(400);
    const users = await (
      await call(listScimUsersRoute, "GET", `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${w.b.user.email}"`)}`, scim)
    ).json();
    expect(users.totalResults).toBe(0);
    const groups = await (await call(listScimGroupsRoute, "GET", "/scim/v2/Groups", scim)).json();
    expect(groups.Resources).toEqual([]);
    expect(await snapshotOf(w.b.organization.id)).toEqual(before);
  });

  it("answers 404 when the session points at an organization the user has left", async () => {
    const w = await twoOrganizations();
    // As if A's owner had once been in B and left: the session still names B.
    await db.session.updateMany({ where: { userId: w.a.user.id }, data: { activeOrganizationId: w.b.organization.id } });
    await expectAllNotFound(w, w.a.token, [
      ...attacksOn(w),
      { name: "list projects", run: (auth) => call(listProjectsRoute, "GET", "/", { ...auth }) },
      { name: "list roles", run: (auth) => call(listRolesRoute, "GET", "/", { ...auth }) },
      { name: "create a project", run: (auth) => call(createProjectRoute, "POST", "/", { ...auth, body: { name: "Planted" } }) },
    ]);
    expect(await db.project.count({ where: { name: "Planted" } })).toBe(0);
  });
});
