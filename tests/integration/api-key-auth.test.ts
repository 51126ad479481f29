// Requests made with an organization API key (issue 17): the same context resolution as a session, with the key's
// permissions, its organization only, no Origin needed, never the account API, never a person's decisions.
import { describe, expect, it } from "vitest";
import { GET as accountRoute, PATCH as renameAccountRoute } from "../../app/api/account/route";
import { POST as loginRoute } from "../../app/api/auth/login/route";
import { GET as auditRoute } from "../../app/api/audit/route";
import { POST as createKeyRoute, GET as listKeysRoute } from "../../app/api/api-keys/route";
import { GET as meRoute } from "../../app/api/me/route";
import { DELETE as removeMemberRoute } from "../../app/api/organizations/current/members/[userId]/route";
import { GET as transferRoute } from "../../app/api/organizations/current/transfer/route";
import { GET as projectRoute } from "../../app/api/projects/[id]/route";
import { GET as listProjectsRoute, POST as createProjectRoute } from "../../app/api/projects/route";
import { db } from "@/server/db";
import { PASSWORD, signUpUser } from "../support/factories";
import { call } from "../support/http";
import { createApiKey, createProject, memberOf } from "../support/tenants";

const PROJECT_KEY = ["projects.read", "projects.create"];

describe("a request with an API key", () => {
  it("lists and creates projects, from a script that sends no Origin, and the audit log names the key", async () => {
    const owner = await signUpUser();
    const { key, secret } = await createApiKey(owner.token, "Deploy script", PROJECT_KEY);

    const created = await call(createProjectRoute, "POST", "/api/projects", { apiKey: secret, body: { name: "From CI" } });
    expect(created.status).toBe(201);
    const { project } = await created.json();
    expect(project).toMatchObject({ name: "From CI", createdBy: null });
    const listed = await (await call(listProjectsRoute, "GET", "/api/projects", { apiKey: secret })).json();
    expect(listed.projects.map((p: { id: string }) => p.id)).toEqual([project.id]);

    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: owner.organization.id, action: "project.created" } });
    expect(event).toMatchObject({ actorId: null, actorApiKeyId: key.id, targetId: project.id });
    const audit = await (await call(auditRoute, "GET", "/api/audit?action=project.created", { token: owner.token })).json();
    expect(audit.events).toMatchObject([{ actor: null, apiKey: { id: key.id, name: "Deploy script", prefix: key.prefix } }]);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).not.toBeNull();
  });

  it("needs no Origin even when one is foreign: a key is sent by its holder, not attached by a browser", async () => {
    const owner = await signUpUser();
    const { secret } = await createApiKey(owner.token, "Integration", PROJECT_KEY);
    const headers = { origin: "https://elsewhere.test" };
    expect((await call(createProjectRoute, "POST", "/api/projects", { apiKey: secret, headers, body: { name: "Allowed" } })).status).toBe(
      201,
    );
    // The same request with the owner's cookie instead is refused: the cookie is ambient.
    expect(
      (await call(createProjectRoute, "POST", "/api/projects", { token: owner.token, headers, body: { name: "Refused" } })).status,
    ).toBe(403);
  });

  it("lifts the Origin check only for organization routes: sign-in and the account API keep it, bearer header or not", async () => {
    const owner = await signUpUser();
    const { secret } = await createApiKey(owner.token, "Not a pass");
    const headers = { origin: "https://elsewhere.test", authorization: `Bearer ${secret}` };
    const login = await call(loginRoute, "POST", "/api/auth/login", { headers, body: { email: owner.user.email, password: PASSWORD } });
    expect(login.status).toBe(403);
    expect((await login.json()).error.code).toBe("FORBIDDEN_ORIGIN");
    const rename = await call(renameAccountRoute, "PATCH", "/api/account", {
      token: owner.token,
      headers,
      body: { name: "Renamed from elsewhere" },
    });
    expect(rename.status).toBe(403);
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.user.id } })).name).not.toBe("Renamed from elsewhere");
  });

  it("has the key's permissions, not its creator's", async () => {
    const owner = await signUpUser();
    const { secret } = await createApiKey(owner.token, "Read only");
    const response = await call(createProjectRoute, "POST", "/api/projects", { apiKey: secret, body: { name: "Nope" } });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");
    expect(await db.project.count({ where: { organizationId: owner.organization.id } })).toBe(0);
  });

  it("is 401 once revoked or expired, or when malformed, even beside a valid session cookie", async () => {
    const owner = await signUpUser();
    const revoked = await createApiKey(owner.token, "Revoked");
    const expired = await createApiKey(owner.token, "Expired");
    await db.apiKey.update({ where: { id: revoked.key.id }, data: { revokedAt: new Date() } });
    await db.apiKey.update({ where: { id: expired.key.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    for (const authorization of [
      `Bearer ${revoked.secret}`,
      `Bearer ${expired.secret}`,
      "Bearer osk_not-a-key",
      "Basic b3duZXI6cGFzcw==",
      `Bearer ${revoked.secret.slice(0, -1)}x`,
    ]) {
      const response = await call(listProjectsRoute, "GET", "/api/projects", { token: owner.token, headers: { authorization } });
      expect(response.status, authorization).toBe(401);
      expect((await response.json()).error.code).toBe("UNAUTHENTICATED");
    }
  });

  it("acts only in its own organization: another organization's project, or naming it in x-organization-id, is a 404", async () => {
    const a = await signUpUser();
    const b = await signUpUser();
    const projectB = await createProject(b.token, "B's secret");
    const { secret } = await createApiKey(a.token, "A's key", PROJECT_KEY);
    expect((await call(projectRoute, "GET", "/", { apiKey: secret, params: { id: projectB.id } })).status).toBe(404);
    const named = await call(listProjectsRoute, "GET", "/api/projects", {
      apiKey: secret,
      headers: { "x-organization-id": b.organization.id },
    });
    expect(named.status).toBe(404);
    expect(JSON.stringify(await named.json())).not.toContain("B's secret");
  });

  it("never reaches the account API, even with its owner's cookie beside it", async () => {
    const owner = await signUpUser();
    const { secret } = await createApiKey(owner.token, "Script");
    expect((await call(accountRoute, "GET", "/api/account", { apiKey: secret })).status).toBe(401);
    expect((await call(accountRoute, "GET", "/api/account", { apiKey: secret, token: owner.token })).status).toBe(401);
    expect((await call(accountRoute, "GET", "/api/account", { token: owner.token })).status).toBe(200);
  });

  it("is refused a person's decisions whatever it holds: ownership, and minting another key", async () => {
    const owner = await signUpUser();
    const { secret } = await createApiKey(owner.token, "Powerful", ["api_keys.manage", "members.remove", "projects.read"]);
    expect((await call(transferRoute, "GET", "/", { apiKey: secret })).status).toBe(403);
    const minted = await call(createKeyRoute, "POST", "/api/api-keys", {
      apiKey: secret,
      body: { name: "Child", permissions: ["projects.read"] },
    });
    expect(minted.status).toBe(403);
    expect((await call(listKeysRoute, "GET", "/api/api-keys", { apiKey: secret })).status).toBe(200);
    expect(await db.apiKey.count({ where: { organizationId: owner.organization.id } })).toBe(1);
  });

  it("ranks as an admin: removes a member with members.remove, never an owner", async () => {
    const owner = await signUpUser();
    const member = await memberOf(owner.organization.id, "MEMBER");
    const { secret } = await createApiKey(owner.token, "Offboarding", ["members.remove"]);
    const refused = await call(removeMemberRoute, "DELETE", "/", { apiKey: secret, params: { userId: owner.user.id } });
    expect(refused.status).toBe(403);
    expect((await call(removeMemberRoute, "DELETE", "/", { apiKey: secret, params: { userId: member.user.id } })).status).toBe(204);
    expect(await db.membership.count({ where: { organizationId: owner.organization.id } })).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: owner.organization.id, action: "member.removed" } });
    expect(event.actorApiKeyId).not.toBeNull();
  });

  it("keeps working after its creator leaves, and the list says the creator is gone", async () => {
    const owner = await signUpUser();
    const admin = await memberOf(owner.organization.id, "ADMIN");
    const { key, secret } = await createApiKey(admin.token, "Admin's sync", PROJECT_KEY);
    expect((await call(removeMemberRoute, "DELETE", "/", { token: admin.token, params: { userId: admin.user.id } })).status).toBe(204);

    expect((await call(listProjectsRoute, "GET", "/api/projects", { apiKey: secret })).status).toBe(200);
    const listed = await (await call(listKeysRoute, "GET", "/api/api-keys", { token: owner.token })).json();
    expect(listed.keys).toMatchObject([
      { id: key.id, status: "active", createdBy: { id: admin.user.id, name: expect.any(String), stillMember: false } },
    ]);
  });

  it("says who it is on /api/me: the key, its organization and permissions, no person", async () => {
    const owner = await signUpUser();
    const { key, secret } = await createApiKey(owner.token, "Whoami", PROJECT_KEY);
    const me = await (await call(meRoute, "GET", "/api/me", { apiKey: secret })).json();
    expect(me).toMatchObject({
      user: null,
      apiKey: { id: key.id, name: "Whoami" },
      organization: { id: owner.organization.id },
      role: null,
    });
    expect(me.permissions.sort()).toEqual([...PROJECT_KEY].sort());
  });

  it("has its own rate limit: past it, 429 with Retry-After, and the people of the organization are unaffected", async () => {
    const owner = await signUpUser();
    const { key, secret } = await createApiKey(owner.token, "Runaway");
    await db.rateLimitBucket.create({ data: { key: `apiKeyRequests:${key.id}`, count: 600, resetAt: new Date(Date.now() + 60_000) } });
    const limited = await call(listProjectsRoute, "GET", "/api/projects", { apiKey: secret });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await call(listProjectsRoute, "GET", "/api/projects", { token: owner.token })).status).toBe(200);
  });
});
