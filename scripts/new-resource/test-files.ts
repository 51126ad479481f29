import type { Names } from "./names";

// The tests of a generated resource: its own integration test, and what it gives the role table, the leak suite and
// the hostile-input suite (tests/resources/suite.ts).

export function suiteFile(n: Names): string {
  return `import { GET as listRoute, POST as createRoute } from "../../app/api/${n.slug}/route";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "../../app/api/${n.slug}/[id]/route";
import { db } from "@/server/db";
import { call } from "../support/http";
import type { ResourceSuite } from "./suite";

export const ${n.models}: ResourceSuite = {
  model: "${n.Model}",
  seed: (organizationId, name) => db.${n.model}.create({ data: { organizationId, name }, select: { id: true } }),
  endpoints: [
    { file: "${n.slug}/route.ts", method: "GET", permission: "${n.perm}.read", success: 200, send: (auth) => call(listRoute, "GET", "/", { ...auth }) },
    { file: "${n.slug}/route.ts", method: "POST", permission: "${n.perm}.create", success: 201, send: (auth) => call(createRoute, "POST", "/", { ...auth, body: { name: "Role table" } }) },
    { file: "${n.slug}/[id]/route.ts", method: "GET", permission: "${n.perm}.read", success: 200, send: (auth, id) => call(getRoute, "GET", "/", { ...auth, params: { id } }) },
    {
      file: "${n.slug}/[id]/route.ts",
      method: "PATCH",
      permission: "${n.perm}.update",
      success: 200,
      send: (auth, id) => call(patchRoute, "PATCH", "/", { ...auth, params: { id }, body: { name: "Renamed" } }),
    },
    { file: "${n.slug}/[id]/route.ts", method: "DELETE", permission: "${n.perm}.delete", success: 204, send: (auth, id) => call(deleteRoute, "DELETE", "/", { ...auth, params: { id } }) },
  ],
  attacks: (id, headers) => [
    { name: "read B's ${n.label}", run: (auth) => call(getRoute, "GET", "/", { ...auth, headers, params: { id } }) },
    { name: "rename B's ${n.label}", run: (auth) => call(patchRoute, "PATCH", "/", { ...auth, headers, params: { id }, body: { name: "pwned" } }) },
    { name: "delete B's ${n.label}", run: (auth) => call(deleteRoute, "DELETE", "/", { ...auth, headers, params: { id } }) },
  ],
  unscoped: (headers) => [
    { name: "GET /api/${n.slug}", run: (auth) => call(listRoute, "GET", "/", { ...auth, headers }) },
    { name: "POST /api/${n.slug}", run: (auth) => call(createRoute, "POST", "/", { ...auth, headers, body: { name: "Planted" } }) },
  ],
  list: (auth, query) => call(listRoute, "GET", \`/api/${n.slug}\${query}\`, { ...auth }),
  jsonEndpoints: [
    {
      name: "POST /api/${n.slug}",
      handler: createRoute,
      method: "POST",
      path: "/api/${n.slug}",
      valid: () => ({ name: "${n.Label}", description: "About it" }),
      fields: { name: { kind: "string", required: true }, description: { kind: "text", required: false } },
    },
    {
      name: "PATCH /api/${n.slug}/:id",
      handler: patchRoute,
      method: "PATCH",
      path: "/api/${n.slug}/x",
      takesId: true,
      valid: () => ({ name: "Renamed", description: "Changed" }),
      fields: { name: { kind: "string", required: false }, description: { kind: "text", required: false } },
    },
  ],
  lists: [{ name: "GET /api/${n.slug}", handler: listRoute, path: "/api/${n.slug}" }],
};
`;
}

export function integrationTestFile(n: Names): string {
  return `import { describe, expect, it } from "vitest";
import { GET as listRoute, POST as createRoute } from "../../app/api/${n.slug}/route";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "../../app/api/${n.slug}/[id]/route";
import { db } from "@/server/db";
import { call } from "../support/http";
import { signUpUser } from "../support/factories";
import { memberOf } from "../support/tenants";

async function create(token: string, name: string) {
  const response = await call(createRoute, "POST", "/api/${n.slug}", { token, body: { name } });
  expect(response.status).toBe(201);
  return (await response.json()).${n.model} as { id: string; name: string };
}

describe("${n.labels}", () => {
  it("creates, reads, renames and deletes ${n.article} ${n.label} of the active organization, and audits each change", async () => {
    const { token, user, organization } = await signUpUser();
    const created = await call(createRoute, "POST", "/api/${n.slug}", { token, body: { name: "  First  ", description: "One\\r\\ntwo" } });
    expect(created.status).toBe(201);
    const { ${n.model} } = await created.json();
    expect(${n.model}).toMatchObject({ name: "First", description: "One\\ntwo", createdBy: { id: user.id } });
    expect(${n.model}).not.toHaveProperty("organizationId");
    expect(await db.${n.model}.findUniqueOrThrow({ where: { id: ${n.model}.id } })).toMatchObject({ organizationId: organization.id });

    const read = await call(getRoute, "GET", \`/api/${n.slug}/\${${n.model}.id}\`, { token, params: { id: ${n.model}.id } });
    expect((await read.json()).${n.model}).toMatchObject({ id: ${n.model}.id, name: "First" });

    const renamed = await call(patchRoute, "PATCH", \`/api/${n.slug}/\${${n.model}.id}\`, { token, params: { id: ${n.model}.id }, body: { name: "Second" } });
    expect(renamed.status).toBe(200);
    expect((await renamed.json()).${n.model}).toMatchObject({ name: "Second", description: "One\\ntwo" });

    const deleted = await call(deleteRoute, "DELETE", \`/api/${n.slug}/\${${n.model}.id}\`, { token, params: { id: ${n.model}.id } });
    expect(deleted.status).toBe(204);
    expect((await call(getRoute, "GET", \`/api/${n.slug}/\${${n.model}.id}\`, { token, params: { id: ${n.model}.id } })).status).toBe(404);

    const log = await db.auditEvent.findMany({ where: { organizationId: organization.id, targetId: ${n.model}.id }, orderBy: { createdAt: "asc" } });
    expect(log.map((event) => event.action)).toEqual(["${n.action}.created", "${n.action}.updated", "${n.action}.deleted"]);
  });

  it("lists newest first, filters by name and pages with a cursor", async () => {
    const { token } = await signUpUser();
    for (const name of ["Alpha", "Beta", "Gamma", "Alphabet"]) await create(token, name);
    const all = await (await call(listRoute, "GET", "/api/${n.slug}", { token })).json();
    expect(all.${n.models}.map((row: { name: string }) => row.name)).toEqual(["Alphabet", "Gamma", "Beta", "Alpha"]);

    const filtered = await (await call(listRoute, "GET", "/api/${n.slug}?q=alpha", { token })).json();
    expect(filtered.${n.models}.map((row: { name: string }) => row.name)).toEqual(["Alphabet", "Alpha"]);

    const first = await (await call(listRoute, "GET", "/api/${n.slug}?limit=3", { token })).json();
    const second = await (await call(listRoute, "GET", \`/api/${n.slug}?limit=3&cursor=\${first.nextCursor}\`, { token })).json();
    expect(second.${n.models}.map((row: { name: string }) => row.name)).toEqual(["Alpha"]);
    expect(second.nextCursor).toBeNull();
  });

  it.each([
    ["an empty name", { name: "   " }],
    ["a name of 101 characters", { name: "x".repeat(101) }],
    ["an organizationId of its own", { name: "ok", organizationId: "someone-else" }],
  ])("refuses %s with 400 and creates nothing", async (_label, body) => {
    const { token, organization } = await signUpUser();
    const response = await call(createRoute, "POST", "/api/${n.slug}", { token, body });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("VALIDATION_FAILED");
    expect(await db.${n.model}.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("answers another organization's ${n.label}, and malformed ids, with 404", async () => {
    const { token } = await signUpUser();
    const other = await signUpUser();
    const theirs = await create(other.token, "Theirs");
    for (const id of [theirs.id, "nope", "x".repeat(300)]) {
      expect((await call(getRoute, "GET", \`/api/${n.slug}/\${id}\`, { token, params: { id } })).status).toBe(404);
      expect((await call(deleteRoute, "DELETE", \`/api/${n.slug}/\${id}\`, { token, params: { id } })).status).toBe(404);
    }
    expect(await db.${n.model}.count({ where: { id: theirs.id } })).toBe(1);
  });

  it("lets a guest read but not write", async () => {
    const owner = await signUpUser();
    const ${n.model} = await create(owner.token, "Read only");
    const guest = await memberOf(owner.organization.id, "GUEST");
    expect((await call(getRoute, "GET", "/", { token: guest.token, params: { id: ${n.model}.id } })).status).toBe(200);
    expect((await call(createRoute, "POST", "/", { token: guest.token, body: { name: "Nope" } })).status).toBe(403);
    expect((await call(deleteRoute, "DELETE", "/", { token: guest.token, params: { id: ${n.model}.id } })).status).toBe(403);
    expect(await db.${n.model}.count({ where: { id: ${n.model}.id } })).toBe(1);
  });
});
`;
}
