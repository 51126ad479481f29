import { expect, test } from "./test";
import { sql } from "./database";
import { signUp, uniqueEmail } from "./fixtures";

// The whole billing flow with no Stripe account: the development checkout and portal stand in for Stripe's and send
// the app signed webhooks through its real endpoint (the e2e server runs BILLING_MODE=development).
test("upgrade through the checkout, gain features and seats, downgrade and meet the limit", async ({ page }) => {
  const organizationName = `Paying Customers ${Date.now()}`;
  await signUp(page, { name: "Bea Buyer", email: uniqueEmail(), organizationName, plan: null });

  // Free: custom roles are shown locked, with the way to unlock them.
  await page.getByRole("link", { name: "Roles", exact: true }).click();
  await expect(page.getByRole("note", { name: "Custom roles is locked" })).toContainText("Custom roles is part of the Pro plan.");
  await page.getByRole("link", { name: "Upgrade to Pro" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Billing" })).toBeVisible();
  await expect(page.getByRole("meter", { name: "Seats" })).toHaveAttribute("aria-valuemax", "3");
  await expect(page.getByRole("meter", { name: "Projects" })).toHaveAttribute("aria-valuenow", "0");
  await page.getByRole("article", { name: "Pro plan" }).getByRole("button", { name: "Upgrade to Pro" }).click();

  await expect(page.getByRole("heading", { name: `Subscribe ${organizationName} to Pro` })).toBeVisible();
  await page.getByRole("button", { name: "Pay and subscribe" }).click();

  await expect(page).toHaveURL(/\/dashboard\/billing\?checkout=done$/);
  await expect(page.getByText("Thank you: your plan is updated.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Current plan" })).toContainText("ProTrial");
  await expect(page.getByRole("meter", { name: "Seats" })).toHaveAttribute("aria-valuemax", "10");
  await expect(page.getByRole("cell", { name: "$0" })).toBeVisible();

  // The feature is unlocked: a custom role can be made.
  await page.getByRole("link", { name: "Roles", exact: true }).click();
  await expect(page.getByRole("heading", { name: "New custom role" })).toBeVisible();
  await expect(page.getByRole("note", { name: "Custom roles is locked" })).toHaveCount(0);

  // Three projects, then downgrade: a fourth is refused with the limit and the plan that lifts it.
  for (const name of ["One", "Two", "Three"]) {
    await page.goto("/dashboard/projects");
    await page.getByLabel("Name").fill(name);
    await page.getByRole("button", { name: "Create project" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  }
  await page.goto("/dashboard/billing");
  await page.getByRole("button", { name: "Manage billing" }).click();
  await expect(page.getByRole("heading", { name: `${organizationName}’s subscription` })).toBeVisible();
  await page.getByRole("button", { name: "Cancel now (back to Free)" }).click();
  await expect(page).toHaveURL(/\/dashboard\/billing\?changed=1$/);
  await expect(page.getByRole("region", { name: "Current plan" })).toContainText("FreeCanceled");

  await page.goto("/dashboard/projects");
  await page.getByLabel("Name").fill("Four");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    "Your organization's Free plan includes up to 3 projects, and they are all in use. Upgrade to Pro on the billing page for up to 100 projects.",
  );
  // Nothing was deleted by the downgrade.
  await expect(page.getByRole("link", { name: "Three" })).toBeVisible();

  const audit = await sql(
    `SELECT action FROM "AuditEvent" a JOIN "Organization" o ON o.id = a."organizationId" WHERE o.name = $1 AND action LIKE 'billing.%' ORDER BY a.id`,
    [organizationName],
  );
  expect(audit.rows.map((row) => row.action)).toEqual([
    "billing.checkout_started",
    "billing.subscription_changed",
    "billing.subscription_changed",
  ]);
});

test("a past-due organization is told so and keeps its features through the grace period", async ({ page }) => {
  await signUp(page, { name: "Dee Late", email: uniqueEmail(), organizationName: "Late Payers", plan: null });
  await page.goto("/dashboard/billing");
  await page.getByRole("article", { name: "Business plan" }).getByRole("button", { name: "Upgrade to Business" }).click();
  await page.getByRole("button", { name: "Pay and subscribe" }).click();
  await expect(page.getByRole("region", { name: "Current plan" })).toContainText("BusinessActive");

  await page.getByRole("button", { name: "Manage billing" }).click();
  await page.getByRole("button", { name: "The next payment fails" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "A payment for Late Payers failed." })).toContainText(
    "Paid features keep working until",
  );
  await expect(page.getByRole("region", { name: "Current plan" })).toContainText("BusinessPast due");

  await page.getByRole("button", { name: "Manage billing" }).click();
  await page.getByRole("button", { name: "The next payment succeeds" }).click();
  await expect(page.getByRole("region", { name: "Current plan" })).toContainText("BusinessActive");
  await expect(page.getByRole("alert").filter({ hasText: "A payment for Late Payers failed." })).toHaveCount(0);
});

test("a superadmin grants an organization a feature by hand, and its members have it from their next page", async ({ browser }) => {
  const customer = await browser.newPage();
  await signUp(customer, { name: "Cora Customer", email: uniqueEmail("cora"), organizationName: `Partner ${Date.now()}`, plan: null });
  await customer.goto("/dashboard/roles");
  await expect(customer.getByRole("note", { name: "Custom roles is locked" })).toBeVisible();
  const organizationName = (await customer.getByTestId("active-organization").textContent())!;

  const admin = await browser.newPage();
  const adminEmail = uniqueEmail("sue");
  await signUp(admin, { name: "Sue Super", email: adminEmail, organizationName: "Operators" });
  await sql(`UPDATE "User" SET "isSuperadmin" = true WHERE email = $1`, [adminEmail]);
  await admin.goto(`/admin?q=${encodeURIComponent(organizationName)}`);
  await admin.getByRole("link", { name: organizationName }).click();
  await admin.getByLabel("Grant").selectOption({ label: "Feature: Custom roles" });
  await admin.getByLabel("Note").fill("Partner pilot");
  await admin.getByRole("button", { name: "Grant license" }).click();
  await expect(admin.getByText("License granted.")).toBeVisible();
  await expect(admin.getByRole("cell", { name: "Custom roles", exact: true })).toBeVisible();

  await customer.reload();
  await expect(customer.getByRole("heading", { name: "New custom role" })).toBeVisible();
  await expect(customer.getByRole("note", { name: "Custom roles is locked" })).toHaveCount(0);

  await admin.getByRole("button", { name: "Revoke Custom roles" }).click();
  // The row stays, for the record, without its button.
  await expect(admin.getByRole("cell", { name: /^revoked / })).toBeVisible();
  await expect(admin.getByRole("button", { name: "Revoke Custom roles" })).toHaveCount(0);
  await customer.reload();
  await expect(customer.getByRole("note", { name: "Custom roles is locked" })).toBeVisible();
});
