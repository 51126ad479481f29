// API keys of an organization (issue 17, first part): created with at most the creator's permissions, the secret
// shown once and only its hash kept, listed without it, revoked at once (requests with keys: api-key-auth.test.ts).
import { describe, expect, it } from "vitest";
import { DELETE as revokeRoute } from "../../app/api/api-keys/[id]/route";
import { GET as listRoute, POST as createRoute } from "../../app/api/api-keys/route";
import { db } from "@/server/db";
import { hashSecretToken } from "@/server/secret-token";
import { signUpUser } from "../support/factories";
import { call } from "../support/http";
import { memberOf } from "../support/tenants";

async function createKey(token: string, body: Record<string, unknown>) {
  return call(createRoute, "POST", "/api/api-keys", { token, body });
}

describe("API keys", () => {
  it("shows the secret once, keeps only its hash, and lists the key by prefix and creator", async () => {
    const owner = await signUpUser({ name: "Olga Owner" });
    const response = await createKey(owner.token, {
      name: "CI deploys",
      permissions: ["projects.read", "projects.create"],
      expiresInDays: 30,
    });
    expect(response.status).toBe(201);
    const { key, secret } = await response.json();
    expect(secret).toMatch(/^osk_[A-Za-z0-9_-]{43}$/);
    expect(key).toMatchObject({
      name: "CI deploys",
      prefix: secret.slice(0, 12),
      permissions: ["projects.create", "projects.read"],
      status: "active",
      createdBy: { id: owner.user.id, name: "Olga Owner", stillMember: true },
    });
    expect(JSON.stringify(key)).not.toContain(secret.slice(12));

    const stored = await db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(stored.secretHash).toBe(hashSecretToken(secret));
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 60 * 60 * 1000);

    const listed = await (await call(listRoute, "GET", "/api/api-keys", { token: owner.token })).json();
    expect(listed.keys.map((k: { id: string }) => k.id)).toEqual([key.id]);
    expect(JSON.stringify(listed)).not.toContain(secret.slice(12));
    expect(JSON.stringify(listed)).not.toContain("secretHash");
    expect(
      await db.auditEvent.count({ where: { organizationId: owner.organization.id, action: "api_key.created", targetId: key.id } }),
    ).toBe(1);
  });

  it("never carries a permission the creator lacks", async () => {
    const owner = await signUpUser();
    const admin = await memberOf(owner.organization.id, "ADMIN");
    const response = await createKey(admin.token, { name: "Sneaky", permissions: ["projects.read", "billing.manage"] });
    expect(response.status).toBe(403);
    expect((await response.json()).error.message).toContain("billing.manage");
    expect(await db.apiKey.count({ where: { organizationId: owner.organization.id } })).toBe(0);
  });

  it("revokes once, and answers 404 for another organization's key, changing nothing there", async () => {
    const a = await signUpUser();
    const b = await signUpUser();
    const { key } = await (await createKey(b.token, { name: "B's integration", permissions: ["projects.read"] })).json();
    expect((await call(revokeRoute, "DELETE", "/", { token: a.token, params: { id: key.id } })).status).toBe(404);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).toBeNull();

    expect((await call(revokeRoute, "DELETE", "/", { token: b.token, params: { id: key.id } })).status).toBe(204);
    expect((await call(revokeRoute, "DELETE", "/", { token: b.token, params: { id: key.id } })).status).toBe(404);
    const listed = await (await call(listRoute, "GET", "/api/api-keys", { token: b.token })).json();
    expect(listed.keys).toMatchObject([{ id: key.id, status: "revoked" }]);
    expect((await (await call(listRoute, "GET", "/api/api-keys", { token: a.token })).json()).keys).toEqual([]);
  });
});
