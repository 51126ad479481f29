import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { POST as loginRoute } from "../../app/api/auth/login/route";
import { GET as meRoute } from "../../app/api/me/route";
import { POST as createRoute } from "../../app/api/organizations/route";
import { GET as currentRoute } from "../../app/api/organizations/current/route";
import { POST as switchRoute } from "../../app/api/organizations/switch/route";
import { GET as deepLinkRoute } from "../../app/organizations/switch/route";
import { middleware } from "../../middleware";
import { verifySessionToken } from "@/server/auth/token";
import { db } from "@/server/db";
import { call, sessionTokenOf } from "../support/http";
import { PASSWORD, addMember, countRows, createOrganization, signUpUser } from "../support/factories";
import { ROLE_PERMISSIONS } from "@/lib/permissions";

const SECRET = process.env.JWT_SECRET!;

async function me(token: string, headers?: Record<string, string>) {
  const response = await call(meRoute, "GET", "/api/me", { token, headers });
  return { status: response.status, body: await response.json() };
}

describe("creating organizations", () => {
  it("makes the creator OWNER and the new organization active, without signing in again", async () => {
    const { token, organization: first } = await signUpUser();
    const response = await call(createRoute, "POST", "/api/organizations", {
      token,
      body: { name: "Second Venture", slug: `second-${Date.now()}` },
    });
    expect(response.status).toBe(201);
    const { organization } = await response.json();
    expect(organization).toMatchObject({ name: "Second Venture", slug: expect.stringMatching(/^second-/) });
    const newToken = sessionTokenOf(response)!;
    const claims = await verifySessionToken(newToken, SECRET);
    expect(claims).toMatchObject({ org: organization.id, slug: organization.slug, role: "OWNER" });
    // ROOT_DOMAIN is set in the tests: one sign-in holds on every organization's subdomain.
    expect(response.headers.getSetCookie()[0]).toMatch(/; Domain=orgstack\.test;.*HttpOnly/i);

    const after = await me(newToken);
    expect(after.body).toMatchObject({ organization: { id: organization.id }, role: "OWNER" });
    expect(after.body.memberships).toHaveLength(2);
    expect(after.body.memberships.map((m: { organization: { id: string } }) => m.organization.id)).toContain(first.id);
  });

  it("refuses a taken slug with 409 and writes nothing", async () => {
    const { token, organization } = await signUpUser();
    const before = await countRows();
    const response = await call(createRoute, "POST", "/api/organizations", { token, body: { name: "Copycat", slug: organization.slug } });
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatchObject({ code: "SLUG_TAKEN", fields: { slug: expect.any(String) } });
    expect(sessionTokenOf(response)).toBeUndefined();
    expect(await countRows()).toEqual(before);
  });

  it.each([
    ["no name", { slug: "fine-slug" }, "name"],
    ["a reserved slug", { name: "Admin Co", slug: "admin" }, "slug"],
    ["a slug with spaces", { name: "Spaced", slug: "two words" }, "slug"],
    ["an unknown field", { name: "Extra", plan: "gold" }, "plan"],
  ])("answers %s with 400 and field errors", async (_label, body, field) => {
    const { token } = await signUpUser();
    const before = await countRows();
    const response = await call(createRoute, "POST", "/api/organizations", { token, body });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty(field);
    expect(await countRows()).toEqual(before);
  });

  it("needs a signed-in user", async () => {
    const response = await call(createRoute, "POST", "/api/organizations", { body: { name: "Nobody's" } });
    expect(response.status).toBe(401);
  });
});

describe("switching organizations", () => {
  it("re-issues the cookie, moves the session and remembers the organization for the next login", async () => {
    const { token: firstToken, user, organization: first } = await signUpUser();
    const { organization: second, token } = await createOrganization(firstToken, "Other Org");
    expect((await me(token)).body.organization.id).toBe(second.id);

    const response = await call(switchRoute, "POST", "/api/organizations/switch", { token, body: { organizationId: first.id } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ organization: { id: first.id, name: first.name }, role: "OWNER" });
    const switched = sessionTokenOf(response)!;
    expect(await verifySessionToken(switched, SECRET)).toMatchObject({ org: first.id, slug: first.slug });
    expect((await me(switched)).body.organization.id).toBe(first.id);
    // The old cookie names the same session: it follows the switch too (the session row decides, not the claim).
    expect((await me(token)).body.organization.id).toBe(first.id);

    const login = await call(loginRoute, "POST", "/api/auth/login", { body: { email: user.email, password: PASSWORD } });
    expect((await login.json()).organization.id).toBe(first.id);
  });

  it("switches into an organization where the user has another role", async () => {
    const { user, token } = await signUpUser();
    const { organization: other } = await signUpUser({ organizationName: "Someone Else's" });
    await addMember(other.id, user.id, "GUEST");
    const response = await call(switchRoute, "POST", "/api/organizations/switch", { token, body: { organizationId: other.id } });
    expect(await response.json()).toMatchObject({ role: "GUEST" });
    expect((await me(sessionTokenOf(response)!)).body).toMatchObject({ role: "GUEST", permissions: ROLE_PERMISSIONS.GUEST });
  });

  it.each([
    ["an organization the user is not in", async () => (await signUpUser()).organization.id],
    ["an unknown id", async () => "cm0000000000000000000000"],
    ["a malformed id", async () => "../../etc/passwd"],
  ])("answers 404 for %s and leaves the cookie and the session as they were", async (_label, target) => {
    const { token, organization, user } = await signUpUser();
    const response = await call(switchRoute, "POST", "/api/organizations/switch", { token, body: { organizationId: await target() } });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("NOT_FOUND");
    expect(sessionTokenOf(response)).toBeUndefined();
    expect((await me(token)).body.organization.id).toBe(organization.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastActiveOrganizationId).toBe(organization.id);
  });

  it("answers a missing or mistyped organizationId with 400", async () => {
    const { token } = await signUpUser();
    expect((await call(switchRoute, "POST", "/api/organizations/switch", { token, body: {} })).status).toBe(400);
    expect((await call(switchRoute, "POST", "/api/organizations/switch", { token, body: { organizationId: 7 } })).status).toBe(400);
  });
});

describe("x-organization-id", () => {
  it("acts in another of the user's organizations for one request, without changing the cookie", async () => {
    const { token: firstToken, organization: first } = await signUpUser();
    const { organization: second, token } = await createOrganization(firstToken, "Header Org");
    const response = await call(currentRoute, "GET", "/api/organizations/current", { token, headers: { "x-organization-id": first.id } });
    expect(response.status).toBe(200);
    expect((await response.json()).organization.id).toBe(first.id);
    expect(sessionTokenOf(response)).toBeUndefined();
    expect((await me(token)).body.organization.id).toBe(second.id);
  });

  it("answers 404 for an organization the user is not a member of", async () => {
    const { token } = await signUpUser();
    const { organization: foreign } = await signUpUser();
    const response = await call(currentRoute, "GET", "/api/organizations/current", { token, headers: { "x-organization-id": foreign.id } });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(foreign.name);
  });
});

describe("deep links", () => {
  // As Next.js hands it to middleware: the URL names the server's own host, the Host header the one asked for.
  function visit(url: string, token?: string) {
    const asked = new URL(url);
    const headers: Record<string, string> = { host: asked.host };
    if (token) headers.cookie = `session=${token}`;
    return new NextRequest(new URL(`${asked.pathname}${asked.search}`, "http://localhost:3000"), { headers });
  }

  it("sends /dashboard?org=<slug> through the switch when it is not the active organization", async () => {
    const { token: firstToken, organization: first } = await signUpUser();
    const { token } = await createOrganization(firstToken, "Deep Link Org");
    const response = await middleware(visit(`http://localhost:3000/dashboard/projects?org=${first.slug}&tab=1`, token));
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/organizations/switch");
    expect(location.searchParams.get("org")).toBe(first.slug);
    expect(location.searchParams.get("next")).toBe("/dashboard/projects?tab=1");

    const switched = await deepLinkRoute(visit(location.href, token), { params: Promise.resolve({}) });
    expect(switched.headers.get("location")).toBe("/dashboard/projects?tab=1");
    expect((await me(sessionTokenOf(switched)!)).body.organization.id).toBe(first.id);
  });

  it("only drops ?org= when it already is the active organization", async () => {
    const { token, organization } = await signUpUser();
    const response = await middleware(visit(`http://localhost:3000/dashboard?org=${organization.slug}`, token));
    expect(response.headers.get("location")).toBe("http://localhost:3000/dashboard");
  });

  it("shows the list of organizations when the user is not a member, and switches nothing", async () => {
    const { token, organization } = await signUpUser();
    const { organization: foreign } = await signUpUser();
    const response = await deepLinkRoute(visit(`http://localhost:3000/organizations/switch?org=${foreign.slug}&next=/dashboard`, token), {
      params: Promise.resolve({}),
    });
    expect(response.headers.get("location")).toBe(`/organizations?missing=${foreign.slug}`);
    expect(sessionTokenOf(response)).toBeUndefined();
    expect((await me(token)).body.organization.id).toBe(organization.id);
  });

  it("does not switch for an image or a fetch pointed at the link by another page", async () => {
    const { token: firstToken, organization: first } = await signUpUser();
    const { token, organization: second } = await createOrganization(firstToken, "Sticky Org");
    const request = new NextRequest(new URL(`http://localhost:3000/organizations/switch?org=${first.slug}`), {
      headers: { cookie: `session=${token}`, "sec-fetch-dest": "image", "sec-fetch-site": "cross-site" },
    });
    const response = await deepLinkRoute(request, { params: Promise.resolve({}) });
    expect(sessionTokenOf(response)).toBeUndefined();
    expect((await me(token)).body.organization.id).toBe(second.id);
  });

  // Security review: a link on another site switched the visitor's organization with one GET.
  it("a link followed from another site asks for a confirmation instead of switching", async () => {
    const { token: firstToken, organization: first } = await signUpUser();
    const { token, organization: second } = await createOrganization(firstToken, "Stay Put Org");
    const request = new NextRequest(new URL(`http://localhost:3000/organizations/switch?org=${first.slug}&next=/dashboard/projects`), {
      headers: { cookie: `session=${token}`, "sec-fetch-dest": "document", "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate" },
    });
    const response = await deepLinkRoute(request, { params: Promise.resolve({}) });
    expect(response.headers.get("location")).toBe(`/organizations/switch/confirm?org=${first.slug}&next=%2Fdashboard%2Fprojects`);
    expect(sessionTokenOf(response)).toBeUndefined();
    expect((await me(token)).body.organization.id).toBe(second.id);

    // The same link from one of the app's own pages (or typed) still switches at once.
    for (const site of ["same-origin", "none"]) {
      const own = new NextRequest(new URL(`http://localhost:3000/organizations/switch?org=${second.slug}&next=/dashboard`), {
        headers: { cookie: `session=${token}`, "sec-fetch-dest": "document", "sec-fetch-site": site },
      });
      expect(sessionTokenOf(await deepLinkRoute(own, { params: Promise.resolve({}) }))).toBeTruthy();
    }
  });

  it("switches by subdomain of ROOT_DOMAIN", async () => {
    const { token: firstToken, organization: first } = await signUpUser();
    const { token } = await createOrganization(firstToken, "Subdomain Org");
    const response = await middleware(visit(`http://${first.slug}.orgstack.test:3000/dashboard`, token));
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/organizations/switch");
    expect(location.searchParams.get("org")).toBe(first.slug);
    // The active organization's own subdomain passes straight through.
    const through = await middleware(visit(`http://${first.slug}.orgstack.test:3000/dashboard`, firstToken));
    expect(through.headers.get("location")).toBeNull();
  });
});
