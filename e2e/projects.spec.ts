import { expect, test } from "./test";
import { sql } from "./database";
import { signUp, uniqueEmail } from "./fixtures";

test("create, edit and delete a project", async ({ page }) => {
  await signUp(page, { name: "Pat Projects", email: uniqueEmail(), organizationName: "Project Makers" });
  await page.getByRole("link", { name: "Projects", exact: true }).click();
  await expect(page.getByRole("heading", { name: "No projects yet" })).toBeVisible();

  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText("Enter a project name.")).toBeVisible();

  await page.getByLabel("Name").fill("Moonshot");
  await page.getByLabel("Description").fill("Land softly.");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Moonshot" })).toBeVisible();
  await expect(page.getByText("Project created.")).toBeVisible();

  await page.getByLabel("Name").fill("Moonshot II");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("form").getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Moonshot II" })).toBeVisible();

  await page.getByRole("button", { name: "Delete project…" }).click();
  await expect(page.getByText("Delete Moonshot II from Project Makers?")).toBeVisible();
  await page.getByRole("button", { name: "Delete project", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/projects\?deleted=1$/);
  await expect(page.getByText("Project deleted.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "No projects yet" })).toBeVisible();
});

test("another organization's project page does not exist", async ({ browser }) => {
  const owner = await browser.newPage();
  await signUp(owner, { name: "Olga Owner", email: uniqueEmail(), organizationName: "Secret Keepers" });
  await owner.goto("/dashboard/projects");
  await owner.getByLabel("Name").fill("Crown jewels");
  await owner.getByRole("button", { name: "Create project" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Crown jewels" })).toBeVisible();
  const projectUrl = new URL(owner.url()).pathname;

  const stranger = await browser.newPage();
  await signUp(stranger, { name: "Stan Stranger", email: uniqueEmail(), organizationName: "Curious Co" });
  const response = await stranger.goto(projectUrl);
  expect(response?.status()).toBe(404);
  await expect(stranger.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  await expect(stranger.getByText("Crown jewels")).toHaveCount(0);
  await stranger.goto("/dashboard/projects?q=Crown");
  await expect(stranger.getByRole("heading", { name: "No projects match “Crown”" })).toBeVisible();
  const { rows } = await sql(`SELECT name FROM "Project" WHERE id = $1`, [projectUrl.split("/").pop()]);
  expect(rows).toEqual([{ name: "Crown jewels" }]);
});
