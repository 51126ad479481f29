import { describe, expect, it } from "vitest";
import { GET as listRoute, POST as createRoute } from "../../app/api/projects/route";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "../../app/api/projects/[id]/route";
import { db } from "@/server/db";
import { call } from "../support/http";
import { createOrganization, signUpUser } from "../support/factories";
import { createProject, memberOf } from "../support/tenants";

describe("projects", () => {
  it("creates, reads, renames and deletes a project of the active organization", async () => {
    const { token, user, organization } = await signUpUser();
    const created = await call(createRoute, "POST", "/api/projects", {
      token,
      body: { name: "  Apollo  ", description: "To the moon\r\nand back" },
    });
    expect(created.status).toBe(201);
    const { project } = await created.json();
    expect(project).toMatchObject({
      name: "Apollo",
      description: "To the moon\nand back",
      createdBy: { id: user.id, name: "Ada Lovelace" },
    });
    expect(project).not.toHaveProperty("organizationId");
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ organizationId: organization.id });

    const read = await call(getRoute, "GET", `/api/projects/${project.id}`, { token, params: { id: project.id } });
    expect((await read.json()).project).toMatchObject({ id: project.id, name: "Apollo" });

    const renamed = await call(patchRoute, "PATCH", `/api/projects/${project.id}`, {
      token,
      params: { id: project.id },
      body: { name: "Artemis" },
    });
    expect(renamed.status).toBe(200);
    expect((await renamed.json()).project).toMatchObject({ name: "Artemis", description: "To the moon\nand back" });

    const deleted = await call(deleteRoute, "DELETE", `/api/projects/${project.id}`, { token, params: { id: project.id } });
    expect(deleted.status).toBe(204);
    const gone = await call(getRoute, "GET", `/api/projects/${project.id}`, { token, params: { id: project.id } });
    expect(gone.status).toBe(404);
  });

  it("lists newest first, filters by name and pages with a cursor", async () => {
    const { token } = await signUpUser();
    for (const name of ["Alpha", "Beta", "Gamma", "Alphabet"]) await createProject(token, name);
    const all = await (await call(listRoute, "GET", "/api/projects", { token })).json();
    expect(all.projects.map((p: { name: string }) => p.name)).toEqual(["Alphabet", "Gamma", "Beta", "Alpha"]);
    expect(all.nextCursor).toBeNull();

    const filtered = await (await call(listRoute, "GET", "/api/projects?q=alpha", { token })).json();
    expect(filtered.projects.map((p: { name: string }) => p.name)).toEqual(["Alphabet", "Alpha"]);

    const first = await (await call(listRoute, "GET", "/api/projects?limit=3", { token })).json();
    expect(first.projects).toHaveLength(3);
    const second = await (await call(listRoute, "GET", `/api/projects?limit=3&cursor=${first.nextCursor}`, { token })).json();
    expect(second.projects.map((p: { name: string }) => p.name)).toEqual(["Alpha"]);
    expect(second.nextCursor).toBeNull();
  });

  it.each([
    ["an empty name", { name: "   " }],
    ["a name of 101 characters", { name: "x".repeat(101) }],
    ["a description over 2000 characters", { name: "ok", description: "d".repeat(2001) }],
    ["a control character", { name: "bad\u0000name" }],
    ["an organizationId of its own", { name: "ok", organizationId: "someone-else" }],
  ])("refuses %s with 400 and creates nothing", async (_label, body) => {
    const { token } = await signUpUser();
    const before = await db.project.count();
    const response = await call(createRoute, "POST", "/api/projects", { token, body });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("VALIDATION_FAILED");
    expect(await db.project.count()).toBe(before);
  });

  it("refuses an empty PATCH and a bad limit with 400", async () => {
    const { token } = await signUpUser();
    const project = await createProject(token);
    const patch = await call(patchRoute, "PATCH", `/api/projects/${project.id}`, { token, params: { id: project.id }, body: {} });
    expect(patch.status).toBe(400);
    expect((await call(listRoute, "GET", "/api/projects?limit=1000", { token })).status).toBe(400);
    expect((await call(listRoute, "GET", "/api/projects?limit=abc", { token })).status).toBe(400);
  });

  it("answers malformed and unknown ids with 404", async () => {
    const { token } = await signUpUser();
    for (const id of ["nope", "%27%20OR%201=1", "cm0000000000000000000000", "x".repeat(300)]) {
      expect((await call(getRoute, "GET", `/api/projects/${id}`, { token, params: { id } })).status).toBe(404);
      expect((await call(deleteRoute, "DELETE", `/api/projects/${id}`, { token, params: { id } })).status).toBe(404);
    }
  });

  it("lets a guest read but not write", async () => {
    const { token: ownerToken, organization } = await signUpUser();
    const project = await createProject(ownerToken);
    const guest = await memberOf(organization.id, "GUEST");
    expect((await call(listRoute, "GET", "/api/projects", { token: guest.token })).status).toBe(200);
    const create = await call(createRoute, "POST", "/api/projects", { token: guest.token, body: { name: "Nope" } });
    expect(create.status).toBe(403);
    expect((await create.json()).error.code).toBe("FORBIDDEN");
    const remove = await call(deleteRoute, "DELETE", `/api/projects/${project.id}`, { token: guest.token, params: { id: project.id } });
    expect(remove.status).toBe(403);
    expect(await db.project.count({ where: { id: project.id } })).toBe(1);
  });
});

describe("stale tabs", () => {
  it("answers 409 ORG_CHANGED when the page was rendered for another organization, and writes nothing", async () => {
    const { token: firstToken, organization: first } = await signUpUser();
    // Another tab created (and switched to) a second organization; this tab still shows the first.
    const { token, organization: second } = await createOrganization(firstToken, "Tab Two");
    const before = await db.project.count({ where: { organizationId: { in: [first.id, second.id] } } });
    const response = await call(createRoute, "POST", "/api/projects", {
      token,
      headers: { "x-expected-organization-id": first.id },
      body: { name: "Meant for the first org" },
    });
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatchObject({ code: "ORG_CHANGED", message: expect.stringMatching(/reload/i) });
    expect(await db.project.count({ where: { organizationId: { in: [first.id, second.id] } } })).toBe(before);

    const current = await call(createRoute, "POST", "/api/projects", {
      token,
      headers: { "x-expected-organization-id": second.id },
      body: { name: "Meant for the second org" },
    });
    expect(current.status).toBe(201);
  });
});
