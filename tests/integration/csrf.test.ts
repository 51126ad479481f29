import { describe, expect, it } from "vitest";
import { POST as loginRoute } from "../../app/api/auth/login/route";
import { DELETE as deleteProjectRoute } from "../../app/api/projects/[id]/route";
import { GET as listProjectsRoute, POST as createProjectRoute } from "../../app/api/projects/route";
import { db } from "@/server/db";
import { PASSWORD, signUpUser } from "../support/factories";
import { call, sessionTokenOf } from "../support/http";

describe("cross-site request forgery", () => {
  it("refuses a mutation sent from another site's page, writing nothing", async () => {
    const { token, organization } = await signUpUser();
    const forgeries: Array<Record<string, string>> = [
      { origin: "https://evil.test", "sec-fetch-site": "cross-site" },
      { origin: "https://orgstack.test.evil.test" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
    ];
    for (const headers of forgeries) {
      const response = await call(createProjectRoute, "POST", "/api/projects", { token, body: { name: "Forged" }, headers });
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe("FORBIDDEN_ORIGIN");
    }
    expect(await db.project.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("refuses a forged delete and a login CSRF (signing the victim into the attacker's account)", async () => {
    const { token, organization, user } = await signUpUser();
    const project = await db.project.create({ data: { organizationId: organization.id, name: "Keep me" } });
    const forged = await call(deleteProjectRoute, "DELETE", `/api/projects/${project.id}`, {
      token,
      params: { id: project.id },
      headers: { origin: "https://evil.test" },
    });
    expect(forged.status).toBe(403);
    expect(await db.project.count({ where: { id: project.id } })).toBe(1);

    const login = await call(loginRoute, "POST", "/api/auth/login", {
      body: { email: user.email, password: PASSWORD },
      headers: { origin: "https://evil.test" },
    });
    expect(login.status).toBe(403);
    expect(sessionTokenOf(login)).toBeUndefined();
  });

  it("lets our own pages, organization subdomains and non-browser clients through, and never blocks a read", async () => {
    const { token } = await signUpUser();
    const own = { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" };
    expect((await call(createProjectRoute, "POST", "/api/projects", { token, body: { name: "Ours" }, headers: own })).status).toBe(201);
    const subdomain = { origin: "http://acme.orgstack.test", host: "acme.orgstack.test", "sec-fetch-site": "same-site" };
    expect((await call(createProjectRoute, "POST", "/api/projects", { token, body: { name: "Sub" }, headers: subdomain })).status).toBe(
      201,
    );
    expect((await call(createProjectRoute, "POST", "/api/projects", { token, body: { name: "curl" } })).status).toBe(201);
    const read = await call(listProjectsRoute, "GET", "/api/projects", {
      token,
      headers: { origin: "https://evil.test", "sec-fetch-site": "cross-site" },
    });
    expect(read.status).toBe(200);
  });
});
