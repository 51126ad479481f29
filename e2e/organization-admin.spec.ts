import { expect, test, type Browser, type Page } from "./test";
import { sql } from "./database";
import { signUp, uniqueEmail } from "./fixtures";

// A 1×1 PNG, for the logo upload.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

/** Puts the user with `email` into the organization named `name` with `role`, as an accepted invitation would. */
async function addToOrganization(email: string, name: string, role: "ADMIN" | "MEMBER" | "GUEST") {
  await sql(
    `INSERT INTO "Membership" (id, "organizationId", "userId", role, "updatedAt")
     SELECT 'e2e' || md5(random()::text), o.id, u.id, $3::"Role", now() FROM "Organization" o, "User" u WHERE o.name = $1 AND u.email = $2`,
    [name, email, role],
  );
}

/** An owner with an organization, and a second person (in their own organization too) who is a member of it. */
async function ownerAndMember(browser: Browser, organizationName: string) {
  const owner = await browser.newPage();
  await signUp(owner, { name: "Olga Owner", email: uniqueEmail("olga"), organizationName });
  const memberEmail = uniqueEmail("mick");
  const member = await (await browser.newContext()).newPage();
  await signUp(member, { name: "Mick Member", email: memberEmail, organizationName: "Mick's Place" });
  await addToOrganization(memberEmail, organizationName, "MEMBER");
  return { owner, member, memberEmail };
}

/** Switches from the header menu; reloads first, since the membership was added behind the page's back. */
async function switchTo(page: Page, name: string) {
  await page.reload();
  await page.getByRole("button", { name: /Switch organization/ }).click();
  await page.getByRole("menuitem", { name: new RegExp(name) }).click();
  await expect(page.getByTestId("active-organization")).toHaveText(name);
}

test("an owner changes a member's role and removes them; the removed member loses access at once", async ({ browser }) => {
  const organizationName = `Crew ${Date.now()}`;
  const { owner, member } = await ownerAndMember(browser, organizationName);
  await switchTo(member, organizationName);

  await owner.goto("/dashboard/members");
  const row = owner.getByRole("listitem").filter({ hasText: "Mick Member" });
  await row.getByLabel("Role of Mick Member").selectOption({ label: "Admin" });
  await row.getByRole("button", { name: "Save role" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "Mick Member is now admin." })).toBeVisible();

  await member.goto("/dashboard");
  await expect(member.getByTestId("role")).toHaveText("Admin");

  await row.getByRole("button", { name: "Remove Mick Member" }).click();
  await row.getByRole("button", { name: "Remove Mick Member" }).click();
  await expect(owner.getByRole("list", { name: "Members" })).not.toContainText("Mick Member");

  // The member's very next request, with the cookie they already hold, is in their own organization.
  await member.goto("/dashboard/projects");
  await expect(member.getByTestId("active-organization")).toHaveText("Mick's Place");
  await member.getByRole("button", { name: /Switch organization/ }).click();
  await expect(member.getByRole("menuitem", { name: new RegExp(organizationName) })).toHaveCount(0);
});

test("the last owner cannot leave; ownership moves in two steps and then they can", async ({ browser }) => {
  const organizationName = `Heirs ${Date.now()}`;
  const { owner, member, memberEmail } = await ownerAndMember(browser, organizationName);
  await owner.goto("/dashboard/members");
  await expect(owner.getByText("You are the last owner")).toBeVisible();

  await owner.goto("/dashboard/settings");
  const transfer = owner.getByRole("form", { name: "Transfer ownership" });
  await transfer.getByLabel("New owner").selectOption({ label: `Mick Member (${memberEmail}) · Member` });
  await transfer.getByRole("button", { name: "Transfer ownership…" }).click();
  await transfer.getByRole("button", { name: "Ask them to accept" }).click();
  await expect(owner.getByText("Olga Owner asked Mick Member to become an owner.")).toBeVisible();

  await switchTo(member, organizationName);
  await expect(member.getByRole("heading", { name: `Olga Owner wants to make you an owner of ${organizationName}` })).toBeVisible();
  await member.getByRole("button", { name: "Accept ownership" }).click();
  await expect(member.getByTestId("role")).toHaveText("Owner");
  await expect(member.getByRole("heading", { name: /wants to make you an owner/ })).toHaveCount(0);

  await owner.goto("/dashboard");
  await expect(owner.getByTestId("role")).toHaveText("Admin");
  await owner.goto("/dashboard/members");
  const self = owner.getByRole("listitem").filter({ hasText: "(you)" });
  await self.getByRole("button", { name: `Leave ${organizationName}` }).click();
  await self.getByRole("button", { name: "Leave", exact: true }).click();
  // Olga's only organization was this one: leaving lands her on onboarding.
  await expect(owner).toHaveURL(/\/onboarding$/);
  await expect(owner.getByRole("heading", { name: "Create an organization" })).toBeVisible();
});

test("an owner renames the organization, uploads a logo, deletes it and restores it", async ({ page }) => {
  const name = `Phoenix ${Date.now()}`;
  await signUp(page, { name: "Pia Phoenix", email: uniqueEmail("pia"), organizationName: name });
  await page.goto("/dashboard/settings");

  const general = page.getByRole("form", { name: "General settings" });
  await general.getByLabel("Organization name").fill(`${name} Reborn`);
  await general.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await expect(page.getByTestId("active-organization")).toHaveText(`${name} Reborn`);

  await page.getByLabel("New logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText("Logo updated.")).toBeVisible();
  await expect(page.getByRole("banner").locator('img[src*="/logo?v="]')).toHaveCount(1);

  // A fake image is refused with a clear message.
  await page.getByLabel("New logo").setInputFiles({ name: "fake.png", mimeType: "image/png", buffer: Buffer.from("not an image") });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "PNG, JPEG or WebP" })).toBeVisible();

  const danger = page.getByRole("form", { name: "Delete organization" });
  await danger.getByLabel(`Type ${name} Reborn to confirm`).fill("wrong name");
  await danger.getByRole("button", { name: "Delete this organization" }).click();
  await expect(danger.getByRole("alert")).toContainText("exactly to confirm");
  await danger.getByLabel(`Type ${name} Reborn to confirm`).fill(`${name} Reborn`);
  await danger.getByRole("button", { name: "Delete this organization" }).click();

  await expect(page).toHaveURL(/\/organizations\?deleted=/);
  await expect(page.getByRole("status")).toContainText(`${name} Reborn was deleted`);
  const deleted = page.getByRole("list", { name: "Deleted organizations" });
  await expect(deleted).toContainText(`${name} Reborn`);
  await deleted.getByRole("button", { name: "Restore" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("active-organization")).toHaveText(`${name} Reborn`);
});

test("an admin reads the audit log, filters it and exports it", async ({ browser }) => {
  const organizationName = `Ledger ${Date.now()}`;
  const { owner } = await ownerAndMember(browser, organizationName);
  await owner.goto("/dashboard/members");
  const row = owner.getByRole("listitem").filter({ hasText: "Mick Member" });
  await row.getByLabel("Role of Mick Member").selectOption({ label: "Guest" });
  await row.getByRole("button", { name: "Save role" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "is now guest" })).toBeVisible();

  await owner.goto("/dashboard/audit");
  const table = owner.getByRole("table", { name: "Audit events" });
  await expect(table).toContainText("Changed a member's role");
  await expect(table).toContainText("Created the organization");

  await owner.getByLabel("Action").selectOption({ label: "Changed a member's role" });
  await owner.getByRole("button", { name: "Filter" }).click();
  await expect(owner).toHaveURL(/action=member.role_changed/);
  await expect(table.getByRole("row")).toHaveCount(2); // header + the one change
  await expect(table).toContainText("to: GUEST");

  const download = owner.waitForEvent("download");
  await owner.getByRole("link", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^audit-.*\.csv$/);
});

test("/admin is a 404 for everyone but superadmins, whose views are written to the organization's log", async ({ page }) => {
  const email = uniqueEmail("sam");
  await signUp(page, { name: "Sam Super", email, organizationName: `Sam's ${Date.now()}` });
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);

  await sql(`UPDATE "User" SET "isSuperadmin" = true WHERE email = $1`, [email]);
  const target = `Observed ${Date.now()}`;
  await sql(`INSERT INTO "Organization" (id, name, slug, "updatedAt") VALUES ('e2e' || md5(random()::text), $1, $2, now())`, [
    target,
    `observed-${Date.now()}`,
  ]);
  await page.goto(`/admin?q=${encodeURIComponent(target)}`);
  await expect(page.getByRole("heading", { name: "Organizations" })).toBeVisible();
  await page.getByRole("link", { name: target }).click();
  await expect(page.getByRole("note")).toContainText("Read-only view");
  const { rows } = await sql(
    `SELECT count(*)::int AS n FROM "AuditEvent" e JOIN "Organization" o ON o.id = e."organizationId" WHERE o.name = $1 AND e.action = 'admin.viewed'`,
    [target],
  );
  expect(rows[0].n).toBe(1);
});
