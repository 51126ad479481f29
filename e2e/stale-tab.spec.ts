import { expect, test } from "./test";
import { sql } from "./database";
import { formAlert, signUp, uniqueEmail } from "./fixtures";

test("a tab rendered for one organization cannot write into the one another tab switched to", async ({ context }) => {
  const first = await context.newPage();
  await signUp(first, { name: "Tab Tester", email: uniqueEmail(), organizationName: "Tab One Org" });
  await first.goto("/dashboard/projects");
  await first.getByLabel("Name").fill("Written from a stale tab");

  // Another tab of the same browser creates (and so switches to) a second organization.
  const second = await context.newPage();
  await second.goto("/organizations/new");
  await second.getByLabel("Organization name").fill("Tab Two Org");
  await second.getByRole("button", { name: "Create organization" }).click();
  await expect(second.getByTestId("active-organization")).toHaveText("Tab Two Org");

  await first.getByRole("button", { name: "Create project" }).click();
  await expect(formAlert(first)).toHaveText(/You switched organization in another tab\. Reload the page/);
  const { rows } = await sql(`SELECT count(*)::int AS n FROM "Project" WHERE name = $1`, ["Written from a stale tab"]);
  expect(rows).toEqual([{ n: 0 }]);

  await first.reload();
  await expect(first.getByTestId("active-organization")).toHaveText("Tab Two Org");
});
