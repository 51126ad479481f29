import { expect, test } from "./test";
import { PASSWORD, formAlert, signUp, uniqueEmail } from "./fixtures";

test("sign up, see the organization, log out, log back in", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, { name: "Ada Lovelace", email, organizationName: "Analytical Engines" });

  await expect(page.getByRole("heading", { level: 1, name: "Analytical Engines" })).toBeVisible();
  await expect(page.getByTestId("active-organization")).toHaveText("Analytical Engines");
  await expect(page.getByTestId("role")).toHaveText("Owner");
  await expect(page.getByText(`Signed in as Ada Lovelace (${email})`)).toBeVisible();

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard$/);

  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("active-organization")).toHaveText("Analytical Engines");
});

test("a logged-out visitor of a deep dashboard link returns there after logging in", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, { name: "Grace Hopper", email, organizationName: "Compilers" });
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);

  await page.goto("/dashboard?tab=overview");
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard%3Ftab%3Doverview$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/dashboard\?tab=overview$/);
});

test("signup shows inline errors and keeps what was typed", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Linus");
  await page.getByLabel("Work email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByLabel("Organization name").fill("Kernel Hackers");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(formAlert(page)).toHaveText("Please fix the highlighted fields.");
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Linus");
  await expect(page.getByLabel("Work email")).toHaveValue("not-an-email");
  await expect(page.getByLabel("Organization name")).toHaveValue("Kernel Hackers");
  await expect(page.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/signup$/);
});

test("signup with a taken email says so; login with a wrong password says so", async ({ page, browser }) => {
  const email = uniqueEmail();
  await signUp(page, { name: "First", email, organizationName: "First Org" });

  const other = await browser.newPage();
  await other.goto("/signup");
  await other.getByLabel("Your name").fill("Second");
  await other.getByLabel("Work email").fill(email);
  await other.getByLabel("Password").fill(PASSWORD);
  await other.getByLabel("Organization name").fill("Second Org");
  await other.getByRole("button", { name: "Create account" }).click();
  await expect(formAlert(other)).toContainText("An account with this email already exists");

  await other.goto("/login");
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill("wrong password!!");
  await other.getByRole("button", { name: "Log in" }).click();
  await expect(formAlert(other)).toHaveText("That email and password don't match an account.");
  await expect(other.getByLabel("Email")).toHaveValue(email);
  await other.close();
});

test("a signed-in visitor of /login or /signup goes to the dashboard", async ({ page }) => {
  await signUp(page, { name: "Redirected", email: uniqueEmail(), organizationName: "Redirects" });
  await page.goto("/login");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/signup");
  await expect(page).toHaveURL(/\/dashboard$/);
});
