import { expect, test } from "./test";
import { sql } from "./database";
import { signUp, switchTo, uniqueEmail } from "./fixtures";

test("an owner defines a custom role and gives it to a guest, who can then create projects", async ({ browser }) => {
  const guestEmail = uniqueEmail("guest");
  const guest = await browser.newPage();
  await signUp(guest, { name: "Gail Guest", email: guestEmail, organizationName: "Gail's Garage" });

  const owner = await browser.newPage();
  const ownerEmail = uniqueEmail("owner");
  await signUp(owner, { name: "Otto Owner", email: ownerEmail, organizationName: "Otto's Outfit" });
  await sql(
    `INSERT INTO "Membership" (id, "organizationId", "userId", role, "updatedAt")
     SELECT 'e2e' || md5(random()::text), o."lastActiveOrganizationId", g.id, 'GUEST', now()
     FROM "User" o, "User" g WHERE o.email = $1 AND g.email = $2`,
    [ownerEmail, guestEmail],
  );

  await owner.getByRole("link", { name: "Roles", exact: true }).click();
  await expect(owner.getByRole("heading", { name: "No custom roles yet" })).toBeVisible();
  await owner.getByRole("button", { name: "Create role" }).click();
  await expect(owner.getByText("Enter a role name.")).toBeVisible();
  await owner.getByLabel("Role name").fill("Contributor");
  await owner.getByLabel(/Create projects/).check();
  await owner.getByRole("button", { name: "Create role" }).click();
  await expect(owner.getByText("Role “Contributor” created.")).toBeVisible();

  const gailsRoles = owner.getByRole("form", { name: "Custom roles of Gail Guest" });
  await gailsRoles.getByLabel("Contributor").check();
  await gailsRoles.getByRole("button", { name: "Save" }).click();
  await expect(gailsRoles.getByRole("status")).toHaveText("Saved.");

  await guest.reload();
  await switchTo(guest, "Otto's Outfit");
  await expect(guest.getByTestId("role")).toHaveText("Guest");
  await expect(guest.getByTestId("permissions")).toContainText("Create projects");
  await guest.getByRole("link", { name: "Projects", exact: true }).click();
  await guest.getByLabel("Name").fill("Made by a guest");
  await guest.getByRole("button", { name: "Create project" }).click();
  await expect(guest.getByRole("heading", { level: 1, name: "Made by a guest" })).toBeVisible();
  // Creating is granted; editing and deleting are not.
  await expect(guest.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await expect(guest.getByRole("button", { name: "Delete project…" })).toHaveCount(0);
});

test("changing a member's base role says which custom roles they keep; nobody gives themselves one", async ({ page }) => {
  const ownerEmail = uniqueEmail("keeper");
  await signUp(page, { name: "Kim Keeper", email: ownerEmail, organizationName: "Keepers" });
  await sql(
    `WITH admin AS (
       INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('e2e' || md5(random()::text), $2, 'Ada Admin', 'x', now()) RETURNING id
     ), membership AS (
       INSERT INTO "Membership" (id, "organizationId", "userId", role, "updatedAt")
       SELECT 'e2e' || md5(random()::text), o."lastActiveOrganizationId", admin.id, 'ADMIN', now() FROM "User" o, admin WHERE o.email = $1
       RETURNING id, "organizationId"
     ), role AS (
       INSERT INTO "CustomRole" (id, "organizationId", name, permissions, "updatedAt")
       SELECT 'e2e' || md5(random()::text), "organizationId", 'Shadow admin', ARRAY['members.invite'], now() FROM membership RETURNING id, "organizationId"
     )
     INSERT INTO "MembershipCustomRole" ("organizationId", "membershipId", "customRoleId")
     SELECT membership."organizationId", membership.id, role.id FROM membership, role`,
    [ownerEmail, uniqueEmail("ada")],
  );

  await page.goto("/dashboard/members");
  await page.getByLabel("Role of Ada Admin").selectOption({ label: "Guest" });
  await expect(page.getByRole("note")).toHaveText(/Ada Admin keeps the custom role Shadow admin and its permissions/);

  await page.goto("/dashboard/roles");
  await expect(page.getByText("Your own custom roles are given by another admin or an owner.")).toBeVisible();
  await expect(page.getByRole("form", { name: "Custom roles of Kim Keeper" })).toHaveCount(0);
});
