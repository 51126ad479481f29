import { describe, expect, it, vi } from "vitest";
import { POST as signupRoute } from "../../app/api/auth/signup/route";
import { GET as meRoute } from "../../app/api/me/route";
import { db } from "@/server/db";
import { call, sessionTokenOf } from "../support/http";
import { PASSWORD, countRows, signUpUser, uniqueEmail } from "../support/factories";

const valid = () => ({ name: "Grace Hopper", email: uniqueEmail(), password: PASSWORD, organizationName: "Navy Labs" });

describe("POST /api/auth/signup", () => {
  it("creates user, organization, owner membership and session, and signs the user in", async () => {
    const input = { ...valid(), email: "  Grace.Hopper+" + Date.now() + "@Example.TEST " };
    const response = await call(signupRoute, "POST", "/api/auth/signup", { body: input });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.user.email).toBe(input.email.trim().toLowerCase());
    expect(body.user).not.toHaveProperty("passwordHash");
    expect(body.organization).toMatchObject({ name: "Navy Labs", slug: expect.stringMatching(/^navy-labs/) });
    expect(body.role).toBe("OWNER");

    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("session="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).toMatch(/Path=\//);

    const me = await call(meRoute, "GET", "/api/me", { token: sessionTokenOf(response) });
    expect(me.status).toBe(200);
    const meBody = await me.json();
    expect(meBody).toMatchObject({ user: { id: body.user.id }, organization: { id: body.organization.id }, role: "OWNER" });
    expect(meBody.permissions).toContain("org.delete");
    expect(meBody.memberships).toEqual([{ role: "OWNER", organization: { ...body.organization, logoUrl: null } }]);

    const user = await db.user.findUniqueOrThrow({ where: { id: body.user.id } });
    expect(user.passwordHash).toMatch(/^\$2[aby]\$04\$/);
    expect(user.lastActiveOrganizationId).toBe(body.organization.id);
  });

  it("refuses an email that is already taken, whatever its case, and writes nothing", async () => {
    const first = await signUpUser();
    const before = await countRows();
    const response = await call(signupRoute, "POST", "/api/auth/signup", {
      body: { ...valid(), email: first.user.email.toUpperCase() },
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: "EMAIL_TAKEN", fields: { email: expect.any(String) } } });
    expect(await countRows()).toEqual(before);
  });

  it("writes nothing when a step fails mid-transaction", async () => {
    // A trigger makes the membership insert (the third write of four) fail for this organization name only.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION fail_for_doomed_org() RETURNS trigger AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM "Organization" WHERE id = NEW."organizationId" AND name = 'Doomed Org') THEN
          RAISE EXCEPTION 'forced failure';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fail_for_doomed_org BEFORE INSERT ON "Membership" FOR EACH ROW EXECUTE FUNCTION fail_for_doomed_org()`,
    );
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const before = await countRows();
      const input = { ...valid(), organizationName: "Doomed Org" };
      const response = await call(signupRoute, "POST", "/api/auth/signup", { body: input });
      expect(response.status).toBe(500);
      expect(await response.json()).toMatchObject({ error: { code: "INTERNAL_ERROR" } });
      expect(await countRows()).toEqual(before);
      expect(await db.user.findUnique({ where: { email: input.email } })).toBeNull();
      expect(await db.organization.count({ where: { name: "Doomed Org" } })).toBe(0);
      expect(logged).toHaveBeenCalledOnce();
    } finally {
      logged.mockRestore();
      await db.$executeRawUnsafe(`DROP TRIGGER fail_for_doomed_org ON "Membership"`);
      await db.$executeRawUnsafe(`DROP FUNCTION fail_for_doomed_org()`);
    }
  });

  it("gives concurrent sign-ups with the same organization name distinct slugs", async () => {
    const name = `Parallel ${Date.now()}`;
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => call(signupRoute, "POST", "/api/auth/signup", { body: { ...valid(), organizationName: name } })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
    const slugs = await Promise.all(responses.map(async (r) => (await r.json()).organization.slug as string));
    expect(new Set(slugs).size).toBe(8);
    for (const slug of slugs) expect(slug).toMatch(/^parallel-\d+(-[a-z0-9]{6})?$/);
  });

  it("lets exactly one of several concurrent sign-ups with the same email through", async () => {
    const email = uniqueEmail("race");
    const before = await countRows();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => call(signupRoute, "POST", "/api/auth/signup", { body: { ...valid(), email } })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409]);
    const after = await countRows();
    expect(after.users - before.users).toBe(1);
    expect(after.organizations - before.organizations).toBe(1);
  });
});

describe("POST /api/auth/signup with bad input", () => {
  const cases: Array<
    [string, { body?: unknown; rawBody?: string | Uint8Array<ArrayBuffer>; headers?: Record<string, string> }, number, string, string?]
  > = [
    ["malformed JSON", { rawBody: '{"name": "x",' }, 400, "INVALID_JSON"],
    ["a JSON array", { body: [1, 2] }, 400, "VALIDATION_FAILED"],
    ["a JSON string", { body: "just a string" }, 400, "VALIDATION_FAILED"],
    ["null", { body: null }, 400, "VALIDATION_FAILED"],
    ["invalid UTF-8", { rawBody: new Uint8Array([...Buffer.from('{"name":"'), 0xff, 0xfe, ...Buffer.from('"}')]) }, 400, "INVALID_JSON"],
    ["an operator object instead of a string", { body: { ...valid(), name: { $gt: "" } } }, 400, "VALIDATION_FAILED", "name"],
    ["missing fields", { body: {} }, 400, "VALIDATION_FAILED", "organizationName"],
    ["wrong types", { body: { name: 42, email: true, password: ["x"], organizationName: {} } }, 400, "VALIDATION_FAILED", "password"],
    ["an invalid email", { body: { ...valid(), email: "not-an-email" } }, 400, "VALIDATION_FAILED", "email"],
    ["an email over 254 characters", { body: { ...valid(), email: `${"a".repeat(250)}@example.test` } }, 400, "VALIDATION_FAILED", "email"],
    ["a name over 100 characters", { body: { ...valid(), name: "n".repeat(101) } }, 400, "VALIDATION_FAILED", "name"],
    ["a blank name", { body: { ...valid(), name: "   " } }, 400, "VALIDATION_FAILED", "name"],
    ["a NUL byte in the name", { body: { ...valid(), name: "Ada\u0000" } }, 400, "VALIDATION_FAILED", "name"],
    ["a lone surrogate", { body: { ...valid(), organizationName: "Org \ud800" } }, 400, "VALIDATION_FAILED", "organizationName"],
    ["a bidi override", { body: { ...valid(), name: "evil\u202Egnp.exe" } }, 400, "VALIDATION_FAILED", "name"],
    ["a short password", { body: { ...valid(), password: "short" } }, 400, "VALIDATION_FAILED", "password"],
    ["a password over 72 bytes", { body: { ...valid(), password: "é".repeat(37) } }, 400, "VALIDATION_FAILED", "password"],
    ["an unknown field", { body: { ...valid(), isAdmin: true } }, 400, "VALIDATION_FAILED", "isAdmin"],
    ["a form body", { rawBody: "name=x", headers: { "content-type": "application/x-www-form-urlencoded" } }, 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["a body over 1 MB", { rawBody: JSON.stringify({ ...valid(), name: "x".repeat(1_100_000) }) }, 413, "PAYLOAD_TOO_LARGE"],
  ];

  it.each(cases)("answers %s with a clear error and writes nothing", async (_label, options, status, code, field) => {
    const before = await countRows();
    const response = await call(signupRoute, "POST", "/api/auth/signup", options);
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(body.error).toMatchObject({ code, message: expect.any(String) });
    if (field) expect(body.error.fields[field]).toEqual(expect.any(String));
    expect(await countRows()).toEqual(before);
  });

  it("stores SQL-looking and non-Latin text verbatim", async () => {
    const name = 'Robert\'); DROP TABLE "User";--';
    const { user, organization } = await signUpUser({ name, organizationName: "株式会社 Ünïcode 🚀" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(name);
    expect(organization.name).toBe("株式会社 Ünïcode 🚀");
    expect(organization.slug).toMatch(/^unicode/);
  });
});

describe("the User table", () => {
  it("refuses an email that is not trimmed and lower-cased, whoever writes it", async () => {
    await expect(db.user.create({ data: { email: "Mixed.Case@Example.TEST", name: "x", passwordHash: "x" } })).rejects.toThrow(
      /User_email_normalized|check constraint/i,
    );
  });
});
