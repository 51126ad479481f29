import { expect, test } from "./test";
import { joinNewOrganization, signUp, switchTo, uniqueEmail } from "./fixtures";

test("create a second organization from the switcher, then switch back without signing in again", async ({ page }) => {
  await signUp(page, { name: "Sam Switcher", email: uniqueEmail(), organizationName: "First Light" });

  await page.getByRole("button", { name: /Switch organization/ }).click();
  await page.getByRole("menuitem", { name: "Create organization" }).click();
  await expect(page.getByRole("heading", { name: "New organization" })).toBeVisible();
  await page.getByLabel("Organization name").fill("Second Wind");
  await page.getByRole("button", { name: "Create organization" }).click();

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("active-organization")).toHaveText("Second Wind");
  await expect(page.getByTestId("role")).toHaveText("Owner");

  await switchTo(page, "First Light");
  await expect(page.getByRole("heading", { level: 1, name: "First Light" })).toBeVisible();
});

test("a member of two organizations has a different role, and different powers, in each", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, { name: "Gina Guest", email, organizationName: "Home Base" });
  await joinNewOrganization(email, "Visiting Co", "GUEST");
  await page.reload();

  await switchTo(page, "Visiting Co");
  await expect(page.getByTestId("role")).toHaveText("Guest");
  await expect(page.getByTestId("permissions")).toHaveText(/See projects/);
  await page.getByRole("link", { name: "Projects", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No projects yet" })).toBeVisible();
  // A guest reads; the create form is not there (and the server would refuse it anyway).
  await expect(page.getByRole("button", { name: "Create project" })).toHaveCount(0);

  await switchTo(page, "Home Base");
  await expect(page.getByTestId("role")).toHaveText("Owner");
});

test("deep links switch to an organization of the user's, and list the others for a stranger's", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, { name: "Dee Link", email, organizationName: "Link Home" });
  const { slug } = await joinNewOrganization(email, "Link Target", "MEMBER");

  await page.goto(`/dashboard/projects?org=${slug}`);
  await expect(page).toHaveURL(/\/dashboard\/projects$/);
  await expect(page.getByTestId("active-organization")).toHaveText("Link Target");

  await page.goto("/dashboard?org=somebody-elses-org");
  await expect(page).toHaveURL(/\/organizations\?missing=somebody-elses-org$/);
  await expect(page.getByText("There is no organization “somebody-elses-org” that you are a member of")).toBeVisible();
  await expect(page.getByRole("button", { name: "Open Link Home" })).toBeVisible();
  await page.getByRole("button", { name: "Open Link Home" }).click();
  await expect(page.getByTestId("active-organization")).toHaveText("Link Home");
});
