// Every page under app/, found on the file system: the stranger test (page-guards.spec.ts) and the accessibility
// test visit each one, so a page added later is covered without anyone listing it.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

// Playwright runs from the repository root (playwright.config.ts).
const APP = path.resolve("app");

/** Pages anyone may open signed out. Every other page must answer a signed-out visitor with a redirect or a 404. */
export const PUBLIC_PAGES = new Set([
  "/",
  "/login",
  // The second step of a sign-in: it shows the ways to prove a second factor, to whoever holds the password step's cookie.
  "/login/two-factor",
  "/signup",
  "/forgot-password",
  "/reset-password/[token]",
  "/invite/[token]",
  // The emailed link: a button that confirms the address; it shows nothing of the account.
  "/verify-email",
  // The API reference: the OpenAPI document rendered, no one's data.
  "/docs/api",
  // Development only: a 404 in production (the build under test), and it shows nothing private there.
  "/dev/mailbox",
]);

export type AppPage = { route: string; segments: string[]; layouts: number[] };

/** Every page.tsx: its route pattern, its folder segments, and the depths of the folders with a layout.tsx. */
export function findPages(): AppPage[] {
  return readdirSync(APP, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => {
      const segments = path.dirname(file) === "." ? [] : path.dirname(file).split(path.sep);
      const layouts = [0, ...segments.map((_, i) => i + 1)].filter((depth) =>
        existsSync(path.join(APP, ...segments.slice(0, depth), "layout.tsx")),
      );
      const route = `/${segments.filter((segment) => !/^\(.*\)$/.test(segment)).join("/")}`;
      return { route, segments, layouts };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}
