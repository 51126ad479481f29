// Every page under app/ (found on the file system, e2e/pages.ts), checked by axe-core for WCAG 2.1 A and AA in the
// light and the dark theme (the same page, its colour scheme switched between the two checks): the public pages
// signed out, the rest as an owner who is also an application admin, with a project, an invitation, an API key and
// a webhook endpoint on the pages. Any violation fails, listed by page and theme.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { sql } from "./database";
import { signUp, uniqueEmail } from "./fixtures";
import { PUBLIC_PAGES, findPages, type AppPage } from "./pages";
import { expect, test, type Page } from "./test";

// axe-core itself, loaded into every page before its own scripts: once per page, not once per check.
const AXE = path.resolve("node_modules/axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

test.describe.configure({ timeout: 240_000 });

/** A URL for the page: an id the viewer can see where the page takes one (the first row of its list), else a token. */
async function urlOf(page: Page, route: AppPage, organizationId: string): Promise<string> {
  if (!route.route.includes("[")) return route.route;
  if (route.route === "/admin/organizations/[id]") return `/admin/organizations/${organizationId}`;
  const list = route.route.replace(/\/\[[^\]]+\]$/, "");
  if (list.startsWith("/dashboard/")) {
    const row = () => page.locator(`main a[href^="${list}/"]`).first();
    await page.goto(list);
    // A list with no row yet (a resource npm run new:resource made): one made through its API, as { name }.
    if (
      (await row().count()) === 0 &&
      (await page.request.post(`/api${list.slice("/dashboard".length)}`, { data: { name: "Checked row" } })).ok()
    ) {
      await page.reload();
    }
    if ((await row().count()) > 0) return (await row().getAttribute("href"))!;
  }
  return route.route.replace(/\[[^\]]+\]/g, randomBytes(32).toString("base64url"));
}

type Violation = { id: string; help: string; nodes: Array<{ target: string[]; failureSummary?: string }> };
type Axe = { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };

/** axe's findings on the page as it is, in the light theme and then the dark one. */
async function scan(page: Page): Promise<Array<Violation & { scheme: "light" | "dark" }>> {
  const found: Array<Violation & { scheme: "light" | "dark" }> = [];
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // The dark theme changes colours only: its pass runs the rules about colour.
    const options = scheme === "light" ? { runOnly: { type: "tag", values: TAGS } } : { runOnly: { type: "rule", values: COLOUR_RULES } };
    const violations = await page.evaluate(
      (run) => (window as unknown as { axe: Axe }).axe.run(document, run).then((result) => result.violations),
      options,
    );
    found.push(...violations.map((violation) => ({ ...violation, scheme })));
  }
  return found;
}

async function violationsOn(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const where = `${url} → ${new URL(page.url()).pathname}`;
  return (await scan(page)).flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${where} (${violation.scheme}): ${violation.id} ${node.target.join(" ")} — ${node.failureSummary?.split("\n")[1]?.trim() ?? violation.help}`,
    ),
  );
}

test("every page an owner and application admin sees passes axe's WCAG 2.1 AA checks, light and dark", async ({ page }) => {
  await page.context().addInitScript({ path: AXE });
  const email = uniqueEmail("axe");
  await signUp(page, { name: "Alex Axe", email, organizationName: `Axe ${randomBytes(2).toString("hex")}` });
  await sql(`UPDATE "User" SET "isSuperadmin" = true WHERE email = $1`, [email]);
  const { rows } = await sql(`SELECT m."organizationId" AS id FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`, [
    email,
  ]);
  // Something on each list, so rows, badges and their buttons are checked too.
  for (const [url, data] of [
    ["/api/projects", { name: "Checked project", description: "Contrast and labels" }],
    ["/api/invites", { email: uniqueEmail("axe-invitee"), role: "MEMBER" }],
    ["/api/api-keys", { name: "Checked key", permissions: ["projects.read"] }],
    ["/api/webhooks/endpoints", { url: "http://127.0.0.1:9/axe", events: ["project.created"] }],
  ] as const) {
    expect((await page.request.post(url, { data })).status(), url).toBe(201);
  }
  const found: string[] = [];
  for (const route of findPages().filter((r) => !PUBLIC_PAGES.has(r.route))) {
    found.push(...(await violationsOn(page, await urlOf(page, route, rows[0].id as string))));
  }
  expect(found).toEqual([]);
});

test("every public page passes axe's WCAG 2.1 AA checks signed out, light and dark", async ({ page }) => {
  await page.context().addInitScript({ path: AXE });
  const found: string[] = [];
  for (const route of findPages().filter((r) => PUBLIC_PAGES.has(r.route)))
    found.push(...(await violationsOn(page, await urlOf(page, route, ""))));
  expect(found).toEqual([]);
  // The probe can see: grey on grey, planted on the last page, is found in both themes.
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<p style="color:#777;background:#888">Planted</p>'));
  const planted = await scan(page);
  expect(planted.filter((v) => v.id === "color-contrast").map((v) => v.scheme)).toEqual(["light", "dark"]);
});
