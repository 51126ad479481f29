// SCIM 2.0 directory sync, driven the way Okta and Entra ID drive it (their documented request shapes): a person
// assigned in the directory becomes a member; deactivated, they are out of the organization on their very next
// request; groups named like custom roles grant them. Errors come in SCIM's own format, and a token reaches only its
// own organization's directory.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as groupRoute, PATCH as patchGroupRoute, DELETE as deleteGroupRoute } from "../../app/scim/v2/Groups/[id]/route";
import { GET as listGroupsRoute, POST as createGroupRoute } from "../../app/scim/v2/Groups/route";
import {
  DELETE as deleteUserRoute,
  GET as userRoute,
  PATCH as patchUserRoute,
  PUT as putUserRoute,
} from "../../app/scim/v2/Users/[id]/route";
import { GET as listUsersRoute, POST as createUserRoute } from "../../app/scim/v2/Users/route";
import { GET as serviceProviderConfigRoute } from "../../app/scim/v2/ServiceProviderConfig/route";
import {
  DELETE as revokeTokenRoute,
  GET as tokenRoute,
  POST as createTokenRoute,
} from "../../app/api/organizations/current/scim-token/route";
import { GET as projectsRoute } from "../../app/api/projects/route";
import { POST as joinRoute } from "../../app/api/account/joinable-organizations/[id]/join/route";
import { GET as joinableRoute } from "../../app/api/account/joinable-organizations/route";
import { GET as auditRoute } from "../../app/api/audit/route";
import { db } from "@/server/db";
import { freshDomain, verifyDomain } from "../support/domains";
import { signUpUser } from "../support/factories";
import { call } from "../support/http";
import { createCustomRole, memberOf } from "../support/tenants";

const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const USER = "urn:ietf:params:scim:schemas:core:2.0:User";

/** An organization at a verified domain with directory sync on: its owner, and the token shown once. */
async function directory() {
  const domain = freshDomain();
  const owner = await signUpUser({ email: `owner@${domain}`, organizationName: "Directory Corp" });
  await verifyDomain(owner.token, domain);
  const created = await call(createTokenRoute, "POST", "/api/organizations/current/scim-token", { token: owner.token });
  expect(created.status).toBe(201);
  const { token, scim } = await created.json();
  expect(token).toMatch(/^scim_/);
  expect(scim.baseUrl).toBe("http://localhost:3000/scim/v2");
  return { owner, domain, token: token as string };
}

type Directory = Awaited<ReturnType<typeof directory>>;

function scim(
  handler: Parameters<typeof call>[0],
  method: string,
  path: string,
  dir: Pick<Directory, "token">,
  options: { body?: unknown; id?: string } = {},
) {
  return call(handler, method, path, {
    headers: { authorization: `Bearer ${dir.token}`, "content-type": "application/scim+json" },
    ...(options.body === undefined ? {} : { body: options.body }),
    params: options.id ? { id: options.id } : {},
  });
}

/** POST /Users as Okta sends it. */
function oktaUser(dir: Directory, local = `ada-${randomUUID().slice(0, 6)}`) {
  const email = `${local}@${dir.domain}`;
  return {
    email,
    body: {
      schemas: [USER],
      userName: email,
      name: { givenName: "Ada", familyName: "Lovelace" },
      emails: [{ primary: true, value: email, type: "work" }],
      displayName: "Ada Lovelace",
      locale: "en-US",
      externalId: `00u${randomUUID().slice(0, 8)}`,
      groups: [],
      password: "ignored-1",
      active: true,
    },
  };
}

/** POST /Users as Entra ID sends it (the enterprise extension, string booleans in PATCH come later). */
function entraUser(dir: Directory) {
  const email = `grace-${randomUUID().slice(0, 6)}@${dir.domain}`;
  return {
    email,
    body: {
      schemas: [USER, "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
      externalId: randomUUID(),
      userName: email,
      active: true,
      displayName: "Grace Hopper",
      emails: [{ primary: true, type: "work", value: email }],
      meta: { resourceType: "User" },
      name: { formatted: "Grace Hopper", familyName: "Hopper", givenName: "Grace" },
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": { department: "Navy" },
    },
  };
}

async function created(dir: Directory, body: unknown) {
  const response = await scim(createUserRoute, "POST", "/scim/v2/Users", dir, { body });
  expect(response.status, await response.clone().text()).toBe(201);
  expect(response.headers.get("content-type")).toContain("application/scim+json");
  return (await response.json()) as { id: string; userName: string; active: boolean; meta: { location: string } };
}

async function sessionOf(email: string) {
  // The provisioned person signs in (through SSO in real life; a session opened for them here).
  const { createSession } = await import("@/server/auth/sessions");
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, memberships: { select: { organization: { select: { id: true, slug: true } }, role: true } } },
  });
  const membership = user.memberships[0]!;
  const session = await createSession(db, {
    userId: user.id,
    organization: membership.organization,
    role: membership.role,
    meta: { ip: null, userAgent: null },
  });
  return session.token;
}

describe("the SCIM token", () => {
  it("is shown once, kept hashed, the owners' to make and revoke; without it (or with another) SCIM is a 401 in SCIM's format", async () => {
    const dir = await directory();
    const stored = await db.scimToken.findUniqueOrThrow({ where: { organizationId: dir.owner.organization.id } });
    expect(stored.tokenHash).not.toContain(dir.token.slice(5));
    const shown = await (await call(tokenRoute, "GET", "/", { token: dir.owner.token })).json();
    expect(JSON.stringify(shown)).not.toContain(dir.token);
    const admin = await memberOf(dir.owner.organization.id, "ADMIN");
    expect((await call(createTokenRoute, "POST", "/", { token: admin.token })).status).toBe(403);

    const wrong = await scim(listUsersRoute, "GET", "/scim/v2/Users", { token: "scim_not-a-real-token-at-all-000000" });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "401" });

    // A new token replaces the old one; a revoked one opens nothing.
    const again = await (await call(createTokenRoute, "POST", "/", { token: dir.owner.token })).json();
    expect((await scim(listUsersRoute, "GET", "/scim/v2/Users", dir)).status).toBe(401);
    expect((await scim(listUsersRoute, "GET", "/scim/v2/Users", { token: again.token })).status).toBe(200);
    expect((await call(revokeTokenRoute, "DELETE", "/", { token: dir.owner.token })).status).toBe(204);
    expect((await scim(listUsersRoute, "GET", "/scim/v2/Users", { token: again.token })).status).toBe(401);
    const actions = (await (await call(auditRoute, "GET", "/api/audit", { token: dir.owner.token })).json()).events.map(
      (event: { action: string }) => event.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["scim.token_created", "scim.token_revoked"]));
  });

  it("answers the ServiceProviderConfig a directory asks for first", async () => {
    const dir = await directory();
    const config = await (await scim(serviceProviderConfigRoute, "GET", "/scim/v2/ServiceProviderConfig", dir)).json();
    expect(config).toMatchObject({ patch: { supported: true }, filter: { supported: true } });
  });
});

describe("provisioning users, as Okta does", () => {
  it("looks the person up, creates them (an account without a password, a member), and finds them by filter", async () => {
    const dir = await directory();
    const { email, body } = oktaUser(dir);
    const lookup = await (
      await scim(listUsersRoute, "GET", `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}&startIndex=1&count=100`, dir)
    ).json();
    expect(lookup).toMatchObject({ schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], totalResults: 0, Resources: [] });

    const user = await created(dir, body);
    expect(user).toMatchObject({
      userName: email,
      active: true,
      name: { givenName: "Ada", familyName: "Lovelace" },
      meta: { location: `http://localhost:3000/scim/v2/Users/${user.id}` },
    });
    const account = await db.user.findUniqueOrThrow({ where: { email } });
    expect(account.passwordHash).toBe("");
    expect(await db.membership.findFirst({ where: { organizationId: dir.owner.organization.id, userId: account.id } })).toMatchObject({
      role: "MEMBER",
    });

    const found = await (
      await scim(listUsersRoute, "GET", `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${email.toUpperCase()}"`)}`, dir)
    ).json();
    expect(found.totalResults).toBe(1);
    expect(found.Resources[0].id).toBe(user.id);
    expect((await scim(userRoute, "GET", "/", dir, { id: user.id })).status).toBe(200);

    // The same person again: 409 uniqueness, as Okta expects.
    const twice = await scim(createUserRoute, "POST", "/scim/v2/Users", dir, { body });
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ status: "409", scimType: "uniqueness" });
  });

  it("deactivates with PATCH active=false: the person is out of the organization on their next request, and back when reactivated", async () => {
    const dir = await directory();
    const { email, body } = oktaUser(dir);
    const user = await created(dir, body);
    const token = await sessionOf(email);
    expect((await call(projectsRoute, "GET", "/api/projects", { token })).status).toBe(200);

    const off = await scim(patchUserRoute, "PATCH", "/", dir, {
      id: user.id,
      body: { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { active: false } }] },
    });
    expect(off.status).toBe(200);
    expect((await off.json()).active).toBe(false);
    const cut = await call(projectsRoute, "GET", "/api/projects", { token });
    expect(cut.status).not.toBe(200);
    expect(await db.membership.count({ where: { organizationId: dir.owner.organization.id, user: { email } } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: dir.owner.organization.id, action: "member.deprovisioned" },
    });
    expect(audit.metadata).toMatchObject({ by: "scim", userName: email });

    // The verified domain does not let them back in by itself: the directory decides (even with joining by domain on).
    await db.organizationDomain.updateMany({ where: { organizationId: dir.owner.organization.id }, data: { joinMode: "SUGGEST" } });
    const joinable = await (await call(joinableRoute, "GET", "/api/account/joinable-organizations", { token })).json();
    expect(joinable.organizations).toEqual([]);
    expect((await call(joinRoute, "POST", "/", { token, params: { id: dir.owner.organization.id } })).status).toBe(404);

    const on = await scim(patchUserRoute, "PATCH", "/", dir, {
      id: user.id,
      body: { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { active: true } }] },
    });
    expect((await on.json()).active).toBe(true);
    expect(await db.membership.count({ where: { organizationId: dir.owner.organization.id, user: { email } } })).toBe(1);
  });

  it("replaces a user with PUT (Okta's profile push), and refuses the organization's last owner being deactivated", async () => {
    const dir = await directory();
    const { body } = oktaUser(dir);
    const user = await created(dir, body);
    const put = await scim(putUserRoute, "PUT", "/", dir, {
      id: user.id,
      body: { ...body, name: { givenName: "Augusta", familyName: "King" } },
    });
    expect((await put.json()).name).toMatchObject({ givenName: "Augusta", familyName: "King" });

    const owner = await created(dir, { schemas: [USER], userName: dir.owner.user.email, active: true });
    const refused = await scim(patchUserRoute, "PATCH", "/", dir, {
      id: owner.id,
      body: { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { active: false } }] },
    });
    expect(refused.status).toBe(409);
    expect(await db.membership.count({ where: { organizationId: dir.owner.organization.id, userId: dir.owner.user.id } })).toBe(1);
  });

  it("refuses an address outside the organization's verified domains, and bad bodies, in SCIM's format", async () => {
    const dir = await directory();
    const outside = await scim(createUserRoute, "POST", "/scim/v2/Users", dir, {
      body: { schemas: [USER], userName: "victim@gmail.com", active: true },
    });
    expect(outside.status).toBe(400);
    expect(await outside.json()).toMatchObject({ status: "400", scimType: "invalidValue" });
    expect(await db.user.count({ where: { email: "victim@gmail.com" } })).toBe(0);
    expect((await scim(createUserRoute, "POST", "/scim/v2/Users", dir, { body: { schemas: [USER] } })).status).toBe(400);
    const badFilter = await scim(listUsersRoute, "GET", `/scim/v2/Users?filter=${encodeURIComponent('name.givenName co "a"')}`, dir);
    expect(await badFilter.json()).toMatchObject({ status: "400", scimType: "invalidFilter" });
    const badPatch = await scim(patchUserRoute, "PATCH", "/", dir, {
      id: (await created(dir, oktaUser(dir).body)).id,
      body: { Operations: [{ op: "explode" }] },
    });
    expect(badPatch.status).toBe(400);
  });

  it("pages with startIndex and count", async () => {
    const dir = await directory();
    for (let i = 0; i < 3; i++) await created(dir, oktaUser(dir).body);
    const page = await (await scim(listUsersRoute, "GET", "/scim/v2/Users?startIndex=2&count=1", dir)).json();
    expect(page).toMatchObject({ totalResults: 3, startIndex: 2, itemsPerPage: 1 });
  });
});

describe("provisioning users, as Entra ID does", () => {
  it("creates, updates with path-style PATCH and string booleans, and deactivates", async () => {
    const dir = await directory();
    const { email, body } = entraUser(dir);
    const byExternalId = await (
      await scim(listUsersRoute, "GET", `/scim/v2/Users?filter=${encodeURIComponent(`externalId eq "${body.externalId}"`)}`, dir)
    ).json();
    expect(byExternalId.totalResults).toBe(0);
    const user = await created(dir, body);
    const patched = await scim(patchUserRoute, "PATCH", "/", dir, {
      id: user.id,
      body: {
        schemas: [PATCH_OP],
        Operations: [
          { op: "Replace", path: "name.givenName", value: "Amazing Grace" },
          { op: "Add", path: 'emails[type eq "work"].value', value: email },
          { op: "Replace", path: "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", value: "Computing" },
        ],
      },
    });
    expect(patched.status, await patched.clone().text()).toBe(200);
    expect((await patched.json()).name.givenName).toBe("Amazing Grace");
    const off = await scim(patchUserRoute, "PATCH", "/", dir, {
      id: user.id,
      body: { schemas: [PATCH_OP], Operations: [{ op: "Replace", path: "active", value: "False" }] },
    });
    expect((await off.json()).active).toBe(false);
    expect(await db.membership.count({ where: { organizationId: dir.owner.organization.id, user: { email } } })).toBe(0);
  });

  it("deletes a user: deprovisioned, and gone from the directory", async () => {
    const dir = await directory();
    const user = await created(dir, entraUser(dir).body);
    expect((await scim(deleteUserRoute, "DELETE", "/", dir, { id: user.id })).status).toBe(204);
    expect((await scim(userRoute, "GET", "/", dir, { id: user.id })).status).toBe(404);
  });
});

describe("groups", () => {
  it("named like a custom role grant it to their members, and take it back when they leave the group", async () => {
    const dir = await directory();
    const role = await createCustomRole(dir.owner.token, "Engineering", ["projects.create"]);
    const ada = await created(dir, oktaUser(dir).body);
    const grace = await created(dir, oktaUser(dir).body);
    const group = await scim(createGroupRoute, "POST", "/scim/v2/Groups", dir, {
      body: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "engineering", members: [{ value: ada.id }] },
    });
    expect(group.status, await group.clone().text()).toBe(201);
    const { id: groupId } = await group.json();
    const holders = async () =>
      (
        await db.membershipCustomRole.findMany({
          where: { customRoleId: role.id },
          select: { membership: { select: { user: { select: { email: true } } } } },
        })
      )
        .map((row) => row.membership.user.email)
        .sort();
    expect(await holders()).toEqual([ada.userName]);

    // Okta adds and removes members with PATCH; Entra ID removes with a value list.
    await scim(patchGroupRoute, "PATCH", "/", dir, {
      id: groupId,
      body: { schemas: [PATCH_OP], Operations: [{ op: "add", path: "members", value: [{ value: grace.id, display: grace.userName }] }] },
    });
    expect(await holders()).toEqual([ada.userName, grace.userName].sort());
    await scim(patchGroupRoute, "PATCH", "/", dir, {
      id: groupId,
      body: { schemas: [PATCH_OP], Operations: [{ op: "remove", path: `members[value eq "${ada.id}"]` }] },
    });
    await scim(patchGroupRoute, "PATCH", "/", dir, {
      id: groupId,
      body: { schemas: [PATCH_OP], Operations: [{ op: "Remove", path: "members", value: [{ value: grace.id }] }] },
    });
    expect(await holders()).toEqual([]);

    const shown = await (await scim(groupRoute, "GET", "/", dir, { id: groupId })).json();
    expect(shown).toMatchObject({ displayName: "engineering", members: [] });
    const listed = await (
      await scim(
        listGroupsRoute,
        "GET",
        `/scim/v2/Groups?filter=${encodeURIComponent('displayName eq "engineering"')}&excludedAttributes=members`,
        dir,
      )
    ).json();
    expect(listed.Resources[0]).not.toHaveProperty("members");
  });

  it("renamed away from a role, or deleted, take the role back", async () => {
    const dir = await directory();
    const role = await createCustomRole(dir.owner.token, "Support", ["projects.create"]);
    const ada = await created(dir, oktaUser(dir).body);
    const { id: groupId } = await (
      await scim(createGroupRoute, "POST", "/scim/v2/Groups", dir, { body: { displayName: "Support", members: [{ value: ada.id }] } })
    ).json();
    const held = () => db.membershipCustomRole.count({ where: { customRoleId: role.id } });
    expect(await held()).toBe(1);
    await scim(patchGroupRoute, "PATCH", "/", dir, {
      id: groupId,
      body: { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { id: groupId, displayName: "Support (old)" } }] },
    });
    expect(await held()).toBe(0);
    await scim(patchGroupRoute, "PATCH", "/", dir, {
      id: groupId,
      body: { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "displayName", value: "support" }] },
    });
    expect(await held()).toBe(1);
    expect((await scim(deleteGroupRoute, "DELETE", "/", dir, { id: groupId })).status).toBe(204);
    expect(await held()).toBe(0);
  });
});

describe("hostile input", () => {
  it("answers malformed bodies with a 400 in SCIM's format and writes nothing", async () => {
    const dir = await directory();
    const user = await created(dir, oktaUser(dir).body);
    const before = await db.directoryUser.findMany({ where: { organizationId: dir.owner.organization.id }, orderBy: { id: "asc" } });
    const bodies: [string, string][] = [
      ["invalid JSON", "{"],
      ["a JSON array", "[1,2]"],
      ["JSON null", "null"],
      ["userName as a number", JSON.stringify({ userName: 42 })],
      ["a huge userName", JSON.stringify({ userName: `${"x".repeat(100_000)}@${dir.domain}` })],
      ["active as an object", JSON.stringify({ userName: `x@${dir.domain}`, active: { $ne: false } })],
      ["names as arrays", JSON.stringify({ userName: `x@${dir.domain}`, name: { givenName: ["a"] } })],
    ];
    for (const [label, rawBody] of bodies) {
      for (const [handler, method, id] of [
        [createUserRoute, "POST", undefined],
        [putUserRoute, "PUT", user.id],
      ] as const) {
        const response = await call(handler, method, "/scim/v2/Users", {
          rawBody,
          headers: { authorization: `Bearer ${dir.token}`, "content-type": "application/scim+json" },
          params: id ? { id } : {},
        });
        expect(response.status, `${method} ${label}`).toBe(400);
        expect((await response.json()).schemas, label).toEqual(["urn:ietf:params:scim:api:messages:2.0:Error"]);
      }
    }
    for (const operations of [
      null,
      [],
      "replace",
      [{ op: "replace", path: 7 }],
      [{ op: "replace", value: "not an object" }],
      [{ op: "replace", path: "active", value: "maybe" }],
    ]) {
      const response = await scim(patchUserRoute, "PATCH", "/", dir, {
        id: user.id,
        body: { schemas: [PATCH_OP], Operations: operations },
      });
      expect(response.status, JSON.stringify(operations)).toBe(400);
    }
    expect(await db.directoryUser.findMany({ where: { organizationId: dir.owner.organization.id }, orderBy: { id: "asc" } })).toEqual(
      before,
    );
  });
});

describe("tenant isolation", () => {
  it("a token reaches only its own organization's directory: another's users and groups are 404s", async () => {
    const ours = await directory();
    const theirs = await directory();
    const user = await created(theirs, oktaUser(theirs).body);
    const { id: groupId } = await (
      await scim(createGroupRoute, "POST", "/scim/v2/Groups", theirs, { body: { displayName: "Theirs" } })
    ).json();
    expect((await scim(userRoute, "GET", "/", ours, { id: user.id })).status).toBe(404);
    expect(
      (await scim(patchUserRoute, "PATCH", "/", ours, { id: user.id, body: { Operations: [{ op: "replace", value: { active: false } }] } }))
        .status,
    ).toBe(404);
    expect((await scim(deleteUserRoute, "DELETE", "/", ours, { id: user.id })).status).toBe(404);
    expect((await scim(groupRoute, "GET", "/", ours, { id: groupId })).status).toBe(404);
    expect((await scim(deleteGroupRoute, "DELETE", "/", ours, { id: groupId })).status).toBe(404);
    // Their user in our group: not a member of our directory.
    const { id: ourGroup } = await (
      await scim(createGroupRoute, "POST", "/scim/v2/Groups", ours, { body: { displayName: "Ours" } })
    ).json();
    expect(
      (
        await scim(patchGroupRoute, "PATCH", "/", ours, {
          id: ourGroup,
          body: { Operations: [{ op: "add", path: "members", value: [{ value: user.id }] }] },
        })
      ).status,
    ).toBe(400);
    expect((await (await scim(listUsersRoute, "GET", "/scim/v2/Users", ours)).json()).totalResults).toBe(0);
    expect(await db.membership.count({ where: { organizationId: theirs.owner.organization.id } })).toBe(2);
  });
});
