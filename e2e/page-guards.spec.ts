// Every page under app/, found on the file system, requested as a stranger would: signed out and as a signed-in
// member of another organization, plainly and as a client navigation (RSC headers, with a router state tree forged
// for each ancestor layout, so that Next.js renders the page without that layout). None of a victim organization's
// private data may be in any answer. A page that relies on its layout, or loads data before its guard, fails here.
import { randomBytes, randomInt } from "node:crypto";
import { sql } from "./database";
import { PASSWORD } from "./fixtures";
import { PUBLIC_PAGES, findPages, type AppPage as Page } from "./pages";
import { expect, test } from "./test";

type Victim = { marker: string; organizationId: string; projectId: string; secrets: string[]; cookie: string };

// Plain fetch, not Playwright's request context: that keeps a cookie jar, and a "signed out" request must carry no
// cookie at all. Each visitor's cookie is sent explicitly.
async function send(baseURL: string, url: string, init: { method?: string; headers?: Record<string, string>; json?: unknown } = {}) {
  // Each request from an address of its own, as e2e/test.ts does for browsers: rate limits count per address.
  const address = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
  const headers = {
    origin: baseURL,
    "x-forwarded-for": address,
    ...init.headers,
    ...(init.json === undefined ? {} : { "content-type": "application/json" }),
  };
  const body = init.json === undefined ? undefined : JSON.stringify(init.json);
  let target = new URL(url, baseURL);
  for (let hop = 0; ; hop++) {
    const response = await fetch(target, { method: init.method ?? "GET", headers, body, redirect: "manual" });
    // An RSC request must carry Next.js's cache-busting `_rsc` hash of its headers, or it is redirected to the URL that
    // does: follow that (and only that) redirect, as the browser's router would have sent it in the first place.
    const location = response.headers.get("location");
    const next = location ? new URL(location, target) : null;
    if (hop < 2 && response.status === 307 && next?.pathname === target.pathname && next.searchParams.has("_rsc")) {
      target = next;
      continue;
    }
    return { status: response.status, headers: response.headers, location, body: await response.text() };
  }
}

async function signUpThroughApi(baseURL: string, name: string, email: string, organizationName: string): Promise<string> {
  const response = await send(baseURL, "/api/auth/signup", { method: "POST", json: { name, email, password: PASSWORD, organizationName } });
  expect(response.status, response.body).toBe(201);
  const cookie = response.headers
    .getSetCookie()
    .find((value) => value.startsWith("session="))
    ?.split(";")[0];
  if (!cookie) throw new Error("signup set no session cookie");
  return cookie;
}

/** An organization with an owner, a second member and a project, every name carrying one searchable marker. */
async function createVictim(baseURL: string): Promise<Victim> {
  const marker = `vict${randomBytes(5).toString("hex")}`;
  const ownerEmail = `${marker}-owner@example.test`;
  const memberEmail = `${marker}-member@example.test`;
  const organizationName = `${marker} Holdings`;
  const cookie = await signUpThroughApi(baseURL, "Vicky Owner", ownerEmail, organizationName);
  await signUpThroughApi(baseURL, "Mo Member", memberEmail, "Member's Own");
  const { rows } = await sql(
    `INSERT INTO "Membership" (id, "organizationId", "userId", role, "updatedAt")
     SELECT 'e2e' || md5(random()::text), m."organizationId", u.id, 'MEMBER', now()
     FROM "Membership" m JOIN "User" owner ON owner.id = m."userId", "User" u
     WHERE owner.email = $1 AND u.email = $2 RETURNING "organizationId"`,
    [ownerEmail, memberEmail],
  );
  const organizationId = rows[0].organizationId as string;
  const projectName = `${marker} Launch Plans`;
  const project = await send(baseURL, "/api/projects", { method: "POST", headers: { cookie }, json: { name: projectName } });
  expect(project.status).toBe(201);
  const projectId = (JSON.parse(project.body) as { project: { id: string } }).project.id;
  // Not the bare marker: the search box echoes it back from the URL.
  return { marker, organizationId, projectId, cookie, secrets: [ownerEmail, memberEmail, organizationName, projectName] };
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

test.describe.configure({ timeout: 180_000 });

test("the stranger test covers every page under app/, and the allow-list names only pages that exist", () => {
  const routes = findPages().map((page) => page.route);
  expect(routes).toContain("/admin/users");
  expect(routes).toContain("/dashboard/projects/[id]");
  for (const route of PUBLIC_PAGES) expect(routes).toContain(route);
});

test("no page shows a victim organization's data to a visitor who is signed out or in another organization", async ({ baseURL }) => {
  const victim = await createVictim(baseURL!);
  const strangerCookie = await signUpThroughApi(baseURL!, "Stan Stranger", `stranger-${victim.marker}@example.test`, "Elsewhere Inc");
  const visitors = [
    { name: "signed out", headers: {} as Record<string, string> },
    { name: "member of another organization", headers: { cookie: strangerCookie } },
  ];

  const leaks: string[] = [];
  const attempted = new Set<number>();
  for (const page of findPages()) {
    const url = urlOf(page, victim);
    for (const visitor of visitors) {
      for (const attempt of attempts(page, victim)) {
        const { status, body } = await send(baseURL!, url, { headers: { ...visitor.headers, ...attempt.headers } });
        const where = `${page.route} · ${visitor.name} · ${attempt.label} → ${status}`;
        attempted.add(status);
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
  // The forged navigations were rendered, not bounced: the stranger reached pages (200) as well as 404s and redirects.
  expect([...attempted]).toEqual(expect.arrayContaining([200, 404, 307]));
});

test("the same forged navigations do carry the data to those allowed to see it (the probe can see a leak)", async ({ baseURL }) => {
  const victim = await createVictim(baseURL!);
  const adminEmail = `admin-${victim.marker}@example.test`;
  const adminCookie = await signUpThroughApi(baseURL!, "Ada Admin", adminEmail, "Back Office");
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
      const { status, body } = await send(baseURL!, urlOf(page, victim), { headers: { cookie, ...attempt.headers } });
      expect(status, `${route} · ${attempt.label}`).toBe(200);
      expect(body, `${route} · ${attempt.label}`).toContain(expected);
    }
  }
});

test("a malformed router state header is a 400, not a 500", async ({ baseURL }) => {
  for (const header of ["%E0%A4%A", "not-json", encodeURIComponent(JSON.stringify({ children: 1 }))]) {
    for (const path of ["/dashboard", "/admin", "/login"]) {
      const response = await send(baseURL!, path, { headers: { rsc: "1", "next-router-state-tree": header } });
      expect(response.status, `${path} ${header}`).toBe(400);
    }
  }
});
