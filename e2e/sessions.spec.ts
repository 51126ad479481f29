import { expect, test } from "./test";
import { sql } from "./database";
import { signUp, uniqueEmail } from "./fixtures";

test("a user removed from their only organization is offered to create a new one", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, { name: "Olga Orphan", email, organizationName: "Vanishing Co" });
  await sql(`DELETE FROM "Membership" WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`, [email]);

  await page.reload();
  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByRole("heading", { name: "Create an organization" })).toBeVisible();

  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByText("Enter an organization name.")).toBeVisible();

  await page.getByLabel("Organization name").fill("Phoenix Ltd");
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("active-organization")).toHaveText("Phoenix Ltd");
  await expect(page.getByTestId("role")).toHaveText("Owner");
});

test("a session revoked elsewhere signs the browser out on its next request", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, { name: "Rita Revoked", email, organizationName: "Revocations" });
  await sql(`UPDATE "Session" SET "revokedAt" = now() WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`, [email]);

  await page.reload();
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard$/);
  // The stale cookie is gone, so the login page stays put instead of bouncing back to the dashboard.
  expect((await page.context().cookies()).find((cookie) => cookie.name === "session")).toBeUndefined();
  await expect(page.getByRole("heading", { name: "Log in to Orgstack" })).toBeVisible();
});
