// Every page under app/, found on the file system, requested as a stranger would: signed out and as a signed-in
// member of another organization, plainly and as a client navigation (RSC headers, with a router state tree forged
// for each ancestor layout, so that Next.js renders the page without that layout). None of a victim organization's
// private data may be in any answer. A page that relies on its layout, or loads data before its guard, fails here.
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { sql } from "./database";
import { PASSWORD } from "./fixtures";
import { expect, test } from "./test";

const APP = path.resolve(import.meta.dirname, "../app");

/** Pages anyone may open signed out. Every other page must answer a signed-out visitor with a redirect or a 404. */
const PUBLIC_PAGES = new Set([
  "/",
  "/login",
  "/signup",
  "/forgot-password",
  "/reset-password/[token]",
  "/invite/[token]",
  // Development only: a 404 in production (the build under test), and it shows nothing private there.
  "/dev/mailbox",
]);

type Page = { route: string; segments: string[]; layouts: number[] };

/** Every page.tsx: its route pattern, its folder segments, and the depths of the folders with a layout.tsx. */
function findPages(): Page[] {
  return readdirSync(APP, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => {
      const segments = path.dirname(file) === "." ? [] : path.dirname(file).split(path.sep);
      const layouts = [0, ...segments.map((_, i) => i + 1)].filter((depth) => existsSync(path.join(APP, ...segments.slice(0, depth), "layout.tsx")));
      const route = `/${segments.filter((segment) => !/^\(.*\)$/.test(segment)).join("/")}`;
      return { route, segments, layouts };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

type Victim = { marker: string; organizationId: string; projectId: string; secrets: string[]; cookie: string };

async function signUpThroughApi(request: APIRequestContext, baseURL: string, name: string, email: string, organizationName: string): Promise<string> {
  const response = await request.post("/api/auth/signup", {
    headers: { origin: baseURL },
    data: { name, email, password: PASSWORD, organizationName },
  });
  expect(response.status(), await response.text()).toBe(201);
  const cookie = response.headers()["set-cookie"]?.match(/session=[^;]+/)?.[0];
  if (!cookie) throw new Error("signup set no session cookie");
  return cookie;
}

/** An organization with an owner, a second member and a project, every name carrying one searchable marker. */
async function createVictim(request: APIRequestContext, baseURL: string): Promise<Victim> {
  const marker = `vict${randomBytes(5).toString("hex")}`;
  const ownerEmail = `${marker}-owner@example.test`;
  const memberEmail = `${marker}-member@example.test`;
  const organizationName = `${marker} Holdings`;
  const cookie = await signUpThroughApi(request, baseURL, "Vicky Owner", ownerEmail, organizationName);
  await signUpThroughApi(request, baseURL, `${marker} Member`, memberEmail, `${marker} Side Project`);
  const { rows } = await sql(
    `INSERT INTO "Membership" (id, "organizationId", "userId", role, "updatedAt")
     SELECT 'e2e' || md5(random()::text), m."organizationId", u.id, 'MEMBER', now()
     FROM "Membership" m JOIN "User" owner ON owner.id = m."userId", "User" u
     WHERE owner.email = $1 AND u.email = $2 RETURNING "organizationId"`,
    [ownerEmail, memberEmail],
  );
  const organizationId = rows[0].organizationId as string;
  const project = await request.post("/api/projects", { headers: { origin: baseURL, cookie }, data: { name: `${marker} Launch Plans` } });
  expect(project.status()).toBe(201);
  const projectId = ((await project.json()) as { project: { id: string } }).project.id;
  return { marker, organizationId, projectId, cookie, secrets: [marker, ownerEmail, memberEmail, organizationName] };
}

/** The value of each dynamic segment: the victim's own ids where a page takes one, a random token elsewhere. */
function paramValue(page: Page, name: string, victim: Victim): string {
  if (page.route.startsWith("/dashboard/projects/")) return victim.projectId;
  if (page.route.startsWith("/admin/organizations/")) return victim.organizationId;
  return name === "id" ? victim.organizationId : randomBytes(32).toString("base64url");
}

function urlOf(page: Page, victim: Victim): string {
  const parts = page.segments
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => (/^\[.+\]$/.test(segment) ? paramValue(page, segment.slice(1, -1), victim) : segment));
  // Search pages (projects, members, /admin lists) search for the victim, so a leak cannot hide past the first page.
  return `/${parts.join("/")}?q=${victim.marker}`;
}

/**
 * The router state of a browser that shows some other page inside the layout at `depth`: Next.js then renders only
 * the segments below that layout, so the layout's own code does not run for this request.
 */
function forgedTree(page: Page, depth: number, victim: Victim): string {
  let tree: unknown[] = ["__PAGE__", {}, null, null, 0];
  for (let i = depth - 1; i >= 0; i--) {
    const segment = page.segments[i]!;
    const name = /^\[.+\]$/.test(segment) ? [segment.slice(1, -1), paramValue(page, segment.slice(1, -1), victim), "d", null] : segment;
    tree = [name, { children: tree }, null, null, 0];
  }
  return encodeURIComponent(JSON.stringify(["", { children: tree }, null, null, 16]));
}

type Attempt = { label: string; headers: Record<string, string> };

function attempts(page: Page, victim: Victim): Attempt[] {
  return [
    { label: "plain", headers: {} },
    { label: "RSC", headers: { rsc: "1" } },
    ...page.layouts.map((depth) => ({
      label: `RSC below the layout of /${page.segments.slice(0, depth).join("/")}`,
      headers: { rsc: "1", "next-router-state-tree": forgedTree(page, depth, victim) },
    })),
  ];
}

async function fetchPage(request: APIRequestContext, url: string, headers: Record<string, string>) {
  const response = await request.get(url, { headers, maxRedirects: 0 });
  return { status: response.status(), body: await response.text() };
}

test.describe.configure({ timeout: 180_000 });

test("the stranger test covers every page under app/, and the allow-list names only pages that exist", () => {
  const routes = findPages().map((page) => page.route);
  expect(routes).toContain("/admin/users");
  expect(routes).toContain("/dashboard/projects/[id]");
  for (const route of PUBLIC_PAGES) expect(routes).toContain(route);
});

test("no page shows a victim organization's data to a visitor who is signed out or in another organization", async ({ request, baseURL }) => {
  const victim = await createVictim(request, baseURL!);
  const strangerCookie = await signUpThroughApi(request, baseURL!, "Stan Stranger", `stranger-${victim.marker}@example.test`, "Elsewhere Inc");
  const visitors = [
    { name: "signed out", headers: {} as Record<string, string> },
    { name: "member of another organization", headers: { cookie: strangerCookie } },
  ];

  const leaks: string[] = [];
  for (const page of findPages()) {
    const url = urlOf(page, victim);
    for (const visitor of visitors) {
      for (const attempt of attempts(page, victim)) {
        const { status, body } = await fetchPage(request, url, { ...visitor.headers, ...attempt.headers });
        const where = `${page.route} · ${visitor.name} · ${attempt.label} → ${status}`;
        expect(status, where).toBeLessThan(500);
        const leaked = victim.secrets.filter((secret) => body.includes(secret));
        if (leaked.length > 0) leaks.push(`${where}: ${leaked.join(", ")}`);
        if (visitor.name === "signed out" && !PUBLIC_PAGES.has(page.route) && status === 200 && !attempt.headers.rsc) {
          leaks.push(`${where}: a private page answered a signed-out visitor with a page`);
        }
      }
    }
  }
  expect(leaks).toEqual([]);
});

test("the same forged navigations do carry the data to those allowed to see it (the probe can see a leak)", async ({ request, baseURL }) => {
  const victim = await createVictim(request, baseURL!);
  const adminEmail = `admin-${victim.marker}@example.test`;
  const adminCookie = await signUpThroughApi(request, baseURL!, "Ada Admin", adminEmail, "Back Office");
  await sql(`UPDATE "User" SET "isSuperadmin" = true WHERE email = $1`, [adminEmail]);
  const pages = findPages();
  const byRoute = (route: string) => pages.find((page) => page.route === route)!;

  for (const [route, cookie, expected] of [
    ["/dashboard/projects", victim.cookie, `${victim.marker} Launch Plans`],
    ["/dashboard/members", victim.cookie, `${victim.marker}-member@example.test`],
    ["/admin", adminCookie, `${victim.marker} Holdings`],
    ["/admin/users", adminCookie, `${victim.marker}-member@example.test`],
  ] as const) {
    const page = byRoute(route);
    for (const attempt of attempts(page, victim)) {
      const { status, body } = await fetchPage(request, urlOf(page, victim), { cookie, ...attempt.headers });
      expect(status, `${route} · ${attempt.label}`).toBe(200);
      expect(body, `${route} · ${attempt.label}`).toContain(expected);
    }
  }
});

test("a malformed router state header is a 400, not a 500", async ({ request }) => {
  for (const header of ["%E0%A4%A", "not-json", encodeURIComponent(JSON.stringify({ children: 1 }))]) {
    const response = await request.get("/dashboard", { headers: { rsc: "1", "next-router-state-tree": header }, maxRedirects: 0 });
    expect(response.status(), header).toBe(400);
  }
});
