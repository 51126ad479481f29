import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { publishTxt, sql } from "./database";

export const PASSWORD = "e2e password 123";

export function uniqueEmail(prefix = "e2e"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}@example.test`;
}

/**
 * Signs a new user up through the form and waits for the dashboard. Their organization is licensed Business (no
 * limits in the way of a spec about something else) unless the spec asks for the default plan with `plan: null`.
 */
export async function signUp(
  page: Page,
  input: { name: string; email: string; organizationName: string; password?: string; plan?: "pro" | "business" | null },
) {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(input.name);
  await page.getByLabel("Work email").fill(input.email);
  await page.getByLabel("Password").fill(input.password ?? PASSWORD);
  await page.getByLabel("Organization name").fill(input.organizationName);
  await page.getByRole("button", { name: "Create account" }).click();
  // bcrypt and a cold server's first render of the dashboard can take a few seconds.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 15_000 });
  const plan = input.plan === undefined ? "business" : input.plan;
  if (plan) {
    await sql(
      `INSERT INTO "License" (id, "organizationId", plan, note)
       SELECT 'e2e' || md5(random()::text), m."organizationId", $1, 'e2e fixture' FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $2`,
      [plan, input.email.toLowerCase()],
    );
  }
}

/** The form's own message (Next.js also renders an empty route announcer with role="alert"). */
export function formAlert(page: Page) {
  return page.locator("form").getByRole("alert");
}

/** Adds the user with `email` to a new organization named `name` with `role`, as an accepted invitation would. */
export async function joinNewOrganization(email: string, name: string, role: "ADMIN" | "MEMBER" | "GUEST") {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomBytes(3).toString("hex")}`;
  await sql(
    `WITH org AS (
       INSERT INTO "Organization" (id, name, slug, "updatedAt") VALUES ('e2e' || md5(random()::text), $1, $2, now()) RETURNING id
     )
     INSERT INTO "Membership" (id, "organizationId", "userId", role, "updatedAt")
     SELECT 'e2e' || md5(random()::text), org.id, u.id, $3::"Role", now() FROM org, "User" u WHERE u.email = $4`,
    [name, slug, role, email],
  );
  return { slug };
}

/** Opens the header's organization menu and picks `name`. */
export async function switchTo(page: Page, name: string) {
  await page.getByRole("button", { name: /Switch organization/ }).click();
  await page.getByRole("menuitem", { name: new RegExp(name) }).click();
  await expect(page.getByTestId("active-organization")).toHaveText(name);
}

/** Claims `domain` on the settings page and verifies it, its TXT record published on the tests' DNS server. */
export async function verifyDomainInSettings(page: Page, domain: string) {
  await page.goto("/dashboard/settings");
  await page.getByRole("textbox", { name: "Domain" }).fill(domain);
  await page.getByRole("button", { name: "Add domain" }).click();
  const value = await page.getByLabel("Value").inputValue();
  await publishTxt(`_orgstack-verification.${domain}`, [value]);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("Verified", { exact: true })).toBeVisible();
}
