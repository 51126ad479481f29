// Every JSON endpoint, fed generated malformed requests: each must answer 4xx with the error shape of the API
// contract (never 5xx), and no table may gain or lose a row. The valid body of each endpoint is the seed; the
// generator breaks it field by field (wrong types, nulls, nested objects, huge and invalid strings, missing and
// extra fields) and as a whole (invalid JSON, invalid UTF-8, non-objects, > 1 MB, wrong content types).
import { POST as checkout } from "../../app/api/billing/checkout/route";
import { POST as createApiKey } from "../../app/api/api-keys/route";
import { POST as stripeWebhook } from "../../app/api/webhooks/stripe/route";
import { POST as createWebhook } from "../../app/api/webhooks/endpoints/route";
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteAccount, PATCH as updateAccount } from "../../app/api/account/route";
import { POST as changeEmail } from "../../app/api/account/email/route";
import { POST as changePassword } from "../../app/api/account/password/route";
import { POST as login } from "../../app/api/auth/login/route";
import { POST as confirmReset } from "../../app/api/auth/password-reset/confirm/route";
import { POST as requestReset } from "../../app/api/auth/password-reset/route";
import { POST as signup } from "../../app/api/auth/signup/route";
import { POST as verifyEmail } from "../../app/api/auth/verify-email/route";
import { POST as createInviteLink } from "../../app/api/invite-links/route";
import { POST as acceptInvite } from "../../app/api/invites/accept/route";
import { POST as createInvite } from "../../app/api/invites/route";
import { PUT as assignRoles } from "../../app/api/organizations/current/members/[userId]/roles/route";
import { PATCH as changeRole } from "../../app/api/organizations/current/members/[userId]/route";
import { DELETE as deleteOrganization, PATCH as updateOrganization } from "../../app/api/organizations/current/route";
import { POST as requestTransfer } from "../../app/api/organizations/current/transfer/route";
import { POST as createOrganization } from "../../app/api/organizations/route";
import { POST as switchOrganization } from "../../app/api/organizations/switch/route";
import { PATCH as updateProject } from "../../app/api/projects/[id]/route";
import { GET as listProjects, POST as createProject } from "../../app/api/projects/route";
import { GET as exportAudit } from "../../app/api/audit/export/route";
import { GET as listAudit } from "../../app/api/audit/route";
import { GET as listMembers } from "../../app/api/organizations/current/members/route";
import { PATCH as updateRole } from "../../app/api/roles/[id]/route";
import { POST as createRole } from "../../app/api/roles/route";
import { POST as discoverSso } from "../../app/api/auth/sso/route";
import { PUT as saveSsoConnection } from "../../app/api/organizations/current/sso/route";
import { POST as confirmIdentity } from "../../app/api/account/confirm/route";
import { DELETE as disableTwoFactor } from "../../app/api/account/two-factor/route";
import { POST as regenerateRecoveryCodes } from "../../app/api/account/two-factor/recovery-codes/route";
import { POST as confirmTotp } from "../../app/api/account/two-factor/totp/confirm/route";
import { PATCH as renamePasskey } from "../../app/api/account/passkeys/[id]/route";
import { POST as registerPasskey } from "../../app/api/account/passkeys/route";
import { POST as secondFactor } from "../../app/api/auth/login/second-factor/route";
import { POST as passkeyOptions } from "../../app/api/auth/passkey/options/route";
import { POST as passkeySignIn } from "../../app/api/auth/passkey/route";
import { POST as lookupSso } from "../../app/api/auth/sso/discover/route";
import { PATCH as updateDomain } from "../../app/api/domains/[id]/route";
import { POST as addDomain } from "../../app/api/domains/route";
import { PATCH as updateSecurity } from "../../app/api/organizations/current/security/route";
import { PATCH as updateWebhook } from "../../app/api/webhooks/endpoints/[id]/route";
import { db } from "@/server/db";
import { declaredRoutes } from "../support/declared";
import { PASSWORD, addMember, signUpUser } from "../support/factories";
import { call } from "../support/http";
import { GENERATED_RESOURCES } from "../resources";
import type { HostileField } from "../resources/suite";

type Kind = HostileField["kind"];
type Handler = Parameters<typeof call>[0];
type Endpoint = {
  name: string;
  handler: Handler;
  method: string;
  path: string;
  /** Sent signed in as the owner of an organization with a project, a custom role and a member. */
  signedIn: boolean;
  params?: () => Record<string, string>;
  /** A body the endpoint accepts; the suite never sends it as is. */
  valid: () => Record<string, unknown>;
  /** Each field's type, and whether leaving it out is an error. Optional fields are not removed. */
  fields: Record<string, { kind: Kind; required: boolean }>;
};

const TOKEN = "A".repeat(43);
let owner: Awaited<ReturnType<typeof signUpUser>>;
let memberId = "";
let projectId = "";
let roleId = "";

const s = (required = true) => ({ kind: "string" as const, required });
/** An optional free text that may be empty (descriptions, an optional domain). */
const text = () => ({ kind: "text" as const, required: false });

// A table, one endpoint (or kind, or query) per line or two: kept as written.
// prettier-ignore
const ENDPOINTS: Endpoint[] = [
  { name: "POST /api/api-keys", handler: createApiKey, method: "POST", path: "/api/api-keys", signedIn: true,
    valid: () => ({ name: "Key", permissions: ["projects.read"] }), fields: { name: s(), permissions: { kind: "array" as const, required: true } } },
  { name: "POST /api/webhooks/endpoints", handler: createWebhook, method: "POST", path: "/api/webhooks/endpoints", signedIn: true,
    valid: () => ({ url: "http://127.0.0.1:9/hooks", events: ["project.created"] }),
    fields: { url: s(), events: { kind: "array" as const, required: true }, description: text() } },
  { name: "POST /api/billing/checkout", handler: checkout, method: "POST", path: "/api/billing/checkout", signedIn: true,
    valid: () => ({ plan: "pro" }), fields: { plan: s() } },
  // Unsigned, every one of them: the signature is checked before the body is read as an event.
  { name: "POST /api/webhooks/stripe", handler: stripeWebhook, method: "POST", path: "/api/webhooks/stripe", signedIn: false,
    valid: () => ({ id: "evt_1", type: "customer.subscription.created", data: { object: {} } }), fields: { id: s(), type: s() } },
  { name: "POST /api/auth/signup", handler: signup, method: "POST", path: "/api/auth/signup", signedIn: false,
    valid: () => ({ name: "Eve", email: "eve@example.test", password: "long enough password", organizationName: "Eve Co" }),
    fields: { name: s(), email: s(), password: s(), organizationName: s() } },
  { name: "POST /api/auth/login", handler: login, method: "POST", path: "/api/auth/login", signedIn: false,
    valid: () => ({ email: "eve@example.test", password: "long enough password" }), fields: { email: s(), password: s() } },
  { name: "POST /api/auth/verify-email", handler: verifyEmail, method: "POST", path: "/api/auth/verify-email", signedIn: false,
    valid: () => ({ token: TOKEN }), fields: { token: s() } },
  { name: "POST /api/auth/password-reset", handler: requestReset, method: "POST", path: "/api/auth/password-reset", signedIn: false,
    valid: () => ({ email: "eve@example.test" }), fields: { email: s() } },
  { name: "POST /api/auth/password-reset/confirm", handler: confirmReset, method: "POST", path: "/api/auth/password-reset/confirm", signedIn: false,
    valid: () => ({ token: TOKEN, password: "long enough password" }), fields: { token: s(), password: s() } },
  { name: "PATCH /api/account", handler: updateAccount, method: "PATCH", path: "/api/account", signedIn: true,
    valid: () => ({ name: "Ada" }), fields: { name: s() } },
  { name: "DELETE /api/account", handler: deleteAccount, method: "DELETE", path: "/api/account", signedIn: true,
    valid: () => ({ password: PASSWORD }), fields: { password: s() } },
  { name: "POST /api/account/email", handler: changeEmail, method: "POST", path: "/api/account/email", signedIn: true,
    valid: () => ({ email: "new@example.test", password: PASSWORD }), fields: { email: s(), password: s() } },
  { name: "POST /api/account/password", handler: changePassword, method: "POST", path: "/api/account/password", signedIn: true,
    valid: () => ({ currentPassword: PASSWORD, newPassword: "another long password" }), fields: { currentPassword: s(), newPassword: s() } },
  { name: "POST /api/organizations", handler: createOrganization, method: "POST", path: "/api/organizations", signedIn: true,
    valid: () => ({ name: "New Org", slug: "new-org-x" }), fields: { name: s(), slug: s(false) } },
  { name: "POST /api/organizations/switch", handler: switchOrganization, method: "POST", path: "/api/organizations/switch", signedIn: true,
    valid: () => ({ organizationId: owner.organization.id }), fields: { organizationId: s() } },
  { name: "PATCH /api/organizations/current", handler: updateOrganization, method: "PATCH", path: "/api/organizations/current", signedIn: true,
    valid: () => ({ name: "Renamed", slug: "renamed-x" }), fields: { name: s(false), slug: s(false) } },
  { name: "DELETE /api/organizations/current", handler: deleteOrganization, method: "DELETE", path: "/api/organizations/current", signedIn: true,
    valid: () => ({ confirm: owner.organization.name }), fields: { confirm: s() } },
  { name: "PATCH /api/organizations/current/members/:userId", handler: changeRole, method: "PATCH", path: "/api/organizations/current/members/x", signedIn: true,
    params: () => ({ userId: memberId }), valid: () => ({ role: "ADMIN" }), fields: { role: { kind: "enum", required: true } } },
  { name: "PUT /api/organizations/current/members/:userId/roles", handler: assignRoles, method: "PUT", path: "/api/organizations/current/members/x/roles", signedIn: true,
    params: () => ({ userId: memberId }), valid: () => ({ customRoleIds: [roleId] }), fields: { customRoleIds: { kind: "array", required: true } } },
  { name: "POST /api/organizations/current/transfer", handler: requestTransfer, method: "POST", path: "/api/organizations/current/transfer", signedIn: true,
    valid: () => ({ userId: memberId }), fields: { userId: s() } },
  { name: "POST /api/invites", handler: createInvite, method: "POST", path: "/api/invites", signedIn: true,
    valid: () => ({ email: "invitee@example.test", role: "MEMBER" }), fields: { email: s(), role: { kind: "enum", required: true } } },
  { name: "POST /api/invites/accept", handler: acceptInvite, method: "POST", path: "/api/invites/accept", signedIn: true,
    valid: () => ({ token: TOKEN }), fields: { token: s() } },
  { name: "POST /api/invite-links", handler: createInviteLink, method: "POST", path: "/api/invite-links", signedIn: true,
    valid: () => ({ role: "MEMBER", maxUses: 5, expiresInDays: 7, allowedDomain: "example.test" }),
    fields: { role: { kind: "enum", required: true }, maxUses: { kind: "number", required: false }, expiresInDays: { kind: "number", required: false }, allowedDomain: text() } },
  { name: "POST /api/projects", handler: createProject, method: "POST", path: "/api/projects", signedIn: true,
    valid: () => ({ name: "Project", description: "About it" }), fields: { name: s(), description: text() } },
  { name: "PATCH /api/projects/:id", handler: updateProject, method: "PATCH", path: "/api/projects/x", signedIn: true,
    params: () => ({ id: projectId }), valid: () => ({ name: "Renamed", description: "Changed" }), fields: { name: s(false), description: text() } },
  { name: "POST /api/roles", handler: createRole, method: "POST", path: "/api/roles", signedIn: true,
    valid: () => ({ name: "Reviewer", description: "Reads", permissions: ["projects.read"] }),
    fields: { name: s(), description: text(), permissions: { kind: "array", required: true } } },
  { name: "PATCH /api/roles/:id", handler: updateRole, method: "PATCH", path: "/api/roles/x", signedIn: true,
    params: () => ({ id: roleId }), valid: () => ({ name: "Renamed role", description: "Changed", permissions: ["projects.read"] }),
    fields: { name: s(false), description: text(), permissions: { kind: "array", required: false } } },
  { name: "POST /api/auth/sso", handler: discoverSso, method: "POST", path: "/api/auth/sso", signedIn: false,
    valid: () => ({ email: "eve@example.test" }), fields: { email: s() } },
  { name: "PUT /api/organizations/current/sso", handler: saveSsoConnection, method: "PUT", path: "/api/organizations/current/sso", signedIn: true,
    valid: () => ({ protocol: "OIDC", issuer: "https://idp.example.test", clientId: "client", clientSecret: "secret" }),
    fields: { protocol: { kind: "enum", required: true }, issuer: s(), clientId: s(), clientSecret: s(false) } },
  { name: "POST /api/auth/sso/discover", handler: lookupSso, method: "POST", path: "/api/auth/sso/discover", signedIn: false,
    valid: () => ({ email: "eve@example.test" }), fields: { email: s() } },
  { name: "POST /api/auth/login/second-factor", handler: secondFactor, method: "POST", path: "/api/auth/login/second-factor", signedIn: false,
    valid: () => ({ code: "123456" }), fields: { code: s() } },
  { name: "POST /api/auth/passkey/options", handler: passkeyOptions, method: "POST", path: "/api/auth/passkey/options", signedIn: false,
    valid: () => ({ purpose: "sign-in" }), fields: { purpose: { kind: "enum", required: true } } },
  { name: "POST /api/auth/passkey", handler: passkeySignIn, method: "POST", path: "/api/auth/passkey", signedIn: false,
    valid: () => ({ purpose: "sign-in", response: PASSKEY_RESPONSE }), fields: { purpose: { kind: "enum", required: true }, response: { kind: "object", required: true } } },
  { name: "POST /api/account/passkeys", handler: registerPasskey, method: "POST", path: "/api/account/passkeys", signedIn: true,
    valid: () => ({ name: "Laptop", response: PASSKEY_RESPONSE }), fields: { name: s(), response: { kind: "object", required: true } } },
  { name: "PATCH /api/account/passkeys/:id", handler: renamePasskey, method: "PATCH", path: "/api/account/passkeys/x", signedIn: true,
    params: () => ({ id: "x" }), valid: () => ({ name: "Laptop" }), fields: { name: s() } },
  { name: "POST /api/account/two-factor/totp/confirm", handler: confirmTotp, method: "POST", path: "/api/account/two-factor/totp/confirm", signedIn: true,
    valid: () => ({ code: "123456" }), fields: { code: s() } },
  { name: "POST /api/account/two-factor/recovery-codes", handler: regenerateRecoveryCodes, method: "POST", path: "/api/account/two-factor/recovery-codes", signedIn: true,
    valid: () => ({ code: "123456" }), fields: { code: s() } },
  { name: "POST /api/account/confirm", handler: confirmIdentity, method: "POST", path: "/api/account/confirm", signedIn: true,
    valid: () => ({ code: "123456" }), fields: { code: s() } },
  { name: "DELETE /api/account/two-factor", handler: disableTwoFactor, method: "DELETE", path: "/api/account/two-factor", signedIn: true,
    valid: () => ({ password: PASSWORD, code: "123456" }), fields: { password: s(), code: s() } },
  { name: "PATCH /api/organizations/current/security", handler: updateSecurity, method: "PATCH", path: "/api/organizations/current/security", signedIn: true,
    valid: () => ({ requireTwoFactor: false, supportAccessAllowed: true }), fields: { requireTwoFactor: { kind: "boolean", required: false }, supportAccessAllowed: { kind: "boolean", required: false } } },
  { name: "POST /api/domains", handler: addDomain, method: "POST", path: "/api/domains", signedIn: true,
    valid: () => ({ domain: "hostile.example" }), fields: { domain: s() } },
  { name: "PATCH /api/domains/:id", handler: updateDomain, method: "PATCH", path: "/api/domains/x", signedIn: true,
    params: () => ({ id: "x" }), valid: () => ({ joinMode: "SUGGEST", joinRole: "MEMBER" }), fields: { joinMode: { kind: "enum", required: true }, joinRole: { kind: "enum", required: true } } },
  { name: "PATCH /api/webhooks/endpoints/:id", handler: updateWebhook, method: "PATCH", path: "/api/webhooks/endpoints/x", signedIn: true,
    params: () => ({ id: "x" }), valid: () => ({ url: "http://127.0.0.1:9/hooks", events: ["project.created"], description: "d", enabled: true }),
    fields: { url: s(false), events: { kind: "array", required: false }, description: text(), enabled: { kind: "boolean", required: false } } },
];

// Each generated resource's JSON endpoints (tests/resources), aimed at a row planted for it.
const generatedIds: Record<string, string> = {};
ENDPOINTS.push(
  ...GENERATED_RESOURCES.flatMap((resource) =>
    resource.jsonEndpoints.map(({ takesId, ...endpoint }) => ({
      ...endpoint,
      signedIn: true,
      params: takesId ? () => ({ id: generatedIds[resource.model]! }) : undefined,
    })),
  ),
);

/** A WebAuthn response's shape (never a valid one: the suite only sends it broken). */
const PASSKEY_RESPONSE = {
  id: "cred",
  rawId: "cred",
  type: "public-key",
  response: { clientDataJSON: "e30", authenticatorData: "AA", signature: "AA" },
  clientExtensionResults: {},
};

/** `POST /api/projects/:id` for app/api/projects/[id]/route.ts POST. */
function endpointName(file: string, method: string): string {
  return `${method} /${file.replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, ":$1")}`;
}

describe("the hostile-input suite", () => {
  it("covers every route on disk that takes a JSON body", async () => {
    const onDisk = (await declaredRoutes()).filter((route) => route.takesJsonBody).map((route) => endpointName(route.file, route.name));
    expect(onDisk.length).toBeGreaterThan(30);
    expect(
      ENDPOINTS.map((endpoint) => endpoint.name)
        .filter((name) => onDisk.includes(name))
        .sort(),
    ).toEqual(onDisk.sort());
  });
});

type Case = { label: string; body?: unknown; rawBody?: string | Uint8Array<ArrayBuffer>; headers?: Record<string, string> };

const HUGE = "x".repeat(100_000);
/** Wrong values for a field of each kind: never one the field accepts. */
// A table, one endpoint (or kind, or query) per line or two: kept as written.
// prettier-ignore
const WRONG: Record<Kind, Array<[string, unknown]>> = {
  string: [["a number", 42], ["a boolean", true], ["an array", ["a"]], ["an object", { $ne: null }], ["null", null], ["a huge string", HUGE],
    ["a NUL character", "a\u0000b"], ["a lone surrogate", "a\ud800b"], ["an empty string", ""]],
  number: [["a string", "abc"], ["a boolean", true], ["an array", [5]], ["an object", { $gt: 0 }], ["null", null], ["a fraction", 1.5],
    ["a huge number", 1e308], ["a negative number", -1]],
  text: [["a number", 42], ["a boolean", true], ["an array", ["a"]], ["an object", { $ne: null }], ["null", null], ["a huge string", HUGE],
    ["a NUL character", "a\u0000b"], ["a lone surrogate", "a\ud800b"]],
  enum: [["an unknown value", "SUPERUSER"], ["a number", 1], ["null", null], ["an array", ["ADMIN"]], ["an object", { role: "ADMIN" }], ["a huge string", HUGE]],
  boolean: [["a string", "true"], ["a number", 1], ["null", null], ["an array", [true]], ["an object", { value: true }]],
  object: [["a string", "{}"], ["a number", 1], ["null", null], ["an array", [{}]], ["an empty object", {}]],
  array: [["a string", "projects.read"], ["a number", 1], ["null", null], ["an object", { 0: "x" }], ["an array of objects", [{}]],
    ["an array of numbers", [1, 2]], ["a huge array", Array.from({ length: 10_000 }, (_, i) => `x${i}`)]],
};

function cases(endpoint: Endpoint): Case[] {
  const valid = endpoint.valid();
  const json = (body: unknown): Case => ({ label: "", body });
  const list: Case[] = [];
  for (const [field, { kind, required }] of Object.entries(endpoint.fields)) {
    for (const [label, value] of WRONG[kind]) list.push({ ...json({ ...valid, [field]: value }), label: `${field} as ${label}` });
    if (required) {
      const { [field]: _omitted, ...rest } = valid;
      list.push({ ...json(rest), label: `${field} missing` });
    }
  }
  list.push({ ...json({ ...valid, isSuperadmin: true }), label: "an extra field" });
  list.push({ label: "__proto__ pollution", rawBody: JSON.stringify(valid).replace(/^\{/, '{"__proto__":{"isSuperadmin":true},') });
  list.push({ ...json({}), label: "an empty object" });
  for (const [label, rawBody] of [
    ["invalid JSON", "{"],
    ["a JSON array", "[1,2]"],
    ["a JSON string", '"text"'],
    ["a JSON number", "42"],
    ["JSON null", "null"],
    ["an empty body", ""],
    ["trailing garbage", `${JSON.stringify(valid)}x`],
    ["deep nesting", "[".repeat(5000) + "]".repeat(5000)],
  ] as const) {
    list.push({ label, rawBody });
  }
  const invalidUtf8 = new Uint8Array([...new TextEncoder().encode('{"name":"'), 0xff, 0xfe, 0xc3, ...new TextEncoder().encode('"}')]);
  list.push({ label: "invalid UTF-8", rawBody: invalidUtf8 });
  list.push({ label: "a body over 1 MB", rawBody: JSON.stringify({ ...valid, padding: "x".repeat(1024 * 1024) }) });
  list.push({
    label: "a declared length over 1 MB",
    rawBody: JSON.stringify(valid),
    headers: { "content-length": String(2 * 1024 * 1024) },
  });
  for (const type of [
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/jsonp",
    "application/xml",
  ]) {
    list.push({ label: `content-type ${type}`, rawBody: JSON.stringify(valid), headers: { "content-type": type } });
  }
  return list;
}

async function tableCounts(): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ count: number }[]>(`SELECT count(*)::int AS count FROM "${name.replace(/"/g, '""')}"`);
    counts[name] = row!.count;
  }
  return counts;
}

beforeAll(async () => {
  owner = await signUpUser({ organizationName: "Hostile Input Org" });
  const member = await signUpUser();
  await addMember(owner.organization.id, member.user.id, "MEMBER");
  memberId = member.user.id;
  projectId = (await db.project.create({ data: { organizationId: owner.organization.id, name: "Target" } })).id;
  for (const resource of GENERATED_RESOURCES) generatedIds[resource.model] = (await resource.seed(owner.organization.id, "Target")).id;
  roleId = (
    await db.customRole.create({ data: { organizationId: owner.organization.id, name: "Target role", permissions: ["projects.read"] } })
  ).id;
});

describe.each(ENDPOINTS)("$name under hostile input", (endpoint) => {
  it("answers every malformed request with a 4xx in the API's error shape and writes nothing", async () => {
    const before = await tableCounts();
    const failures: string[] = [];
    for (const testCase of cases(endpoint)) {
      const response = await call(endpoint.handler, endpoint.method, endpoint.path, {
        token: endpoint.signedIn ? owner.token : undefined,
        params: endpoint.params?.(),
        body: testCase.body,
        rawBody: testCase.rawBody,
        headers: {
          ...(testCase.rawBody !== undefined && !testCase.headers?.["content-type"] ? { "content-type": "application/json" } : {}),
          ...testCase.headers,
        },
      });
      const text = await response.text();
      let body: { error?: { code?: unknown; message?: unknown; fields?: unknown } } | undefined;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      const shaped =
        typeof body?.error?.code === "string" &&
        /^[A-Z][A-Z_]+$/.test(body.error.code) &&
        typeof body.error.message === "string" &&
        body.error.message.length > 0 &&
        (body.error.fields === undefined || Object.values(body.error.fields as object).every((value) => typeof value === "string"));
      if (response.status < 400 || response.status > 499 || !shaped)
        failures.push(`${testCase.label}: ${response.status} ${text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
    expect(await tableCounts()).toEqual(before);
  });
});

describe("list endpoints under hostile query strings", () => {
  const LISTS: Array<[string, Handler, string]> = [
    ["GET /api/projects", listProjects, "/api/projects"],
    ["GET /api/organizations/current/members", listMembers, "/api/organizations/current/members"],
    ["GET /api/audit", listAudit, "/api/audit"],
    ["GET /api/audit/export", exportAudit, "/api/audit/export"],
    ...GENERATED_RESOURCES.flatMap((resource) =>
      resource.lists.map((list): [string, Handler, string] => [list.name, list.handler, list.path]),
    ),
  ];
  // A table, one endpoint (or kind, or query) per line or two: kept as written.
  // prettier-ignore
  const QUERIES = [
    "limit=abc", "limit=-1", "limit=0", "limit=1e9", "limit=1.5", "limit=", "limit=10&limit=20",
    `cursor=${"x".repeat(5000)}`, "cursor=%00", "cursor=%FF%FE", "cursor=' OR 1=1 --", "cursor[]=a",
    `q=${"q".repeat(5000)}`, "q=%00", "q=%25%25%25_", "q=%F0%9F%92%A9",
    "action=unknown.action", "actorId=%00", `actorId=${"a".repeat(500)}`, "from=not-a-date", "to=2026-13-45", "from=2026-12-01&to=2026-01-01",
  ];

  it.each(LISTS)("%s answers 200 or a shaped 4xx, never 5xx", async (_name, handler, path) => {
    const failures: string[] = [];
    for (const query of QUERIES) {
      const response = await call(handler, "GET", `${path}?${query}`, { token: owner.token });
      const text = await response.text();
      if (response.status >= 500) failures.push(`${query.slice(0, 40)}: ${response.status} ${text.slice(0, 200)}`);
      if (response.status >= 400) {
        const body = JSON.parse(text) as { error?: { code?: string; message?: string } };
        if (!body.error?.code || !body.error.message) failures.push(`${query.slice(0, 40)}: unshaped ${text.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
