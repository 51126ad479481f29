import { expect, test, type Page } from "./test";
import { extractLinks } from "../tests/support/email-capture";
import { inviteLinkFrom, latestEmailTo } from "./emails";
import { PASSWORD, signUp, uniqueEmail } from "./fixtures";

/** Sends an invitation from the members page, as the signed-in admin on `page`. */
async function invite(page: Page, email: string, role: "Admin" | "Member" | "Guest" = "Member") {
  await page.goto("/dashboard/members");
  const form = page.getByRole("form", { name: "Invite by email" });
  await form.getByLabel("Email address").fill(email);
  await form.getByLabel("Role").selectOption({ label: role });
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${email}:` })).toBeVisible();
}

test("an admin invites a new person by email, who signs up from the link in the email and appears among the members", async ({
  browser,
}) => {
  const admin = await browser.newPage();
  await signUp(admin, { name: "Ada Admin", email: uniqueEmail("ada"), organizationName: "Invite Works" });
  const email = uniqueEmail("newcomer");
  await invite(admin, email, "Guest");
  await expect(admin.getByRole("list", { name: "Pending invitations" })).toContainText(email);

  const mail = await latestEmailTo(email);
  expect(mail.subject).toBe("Ada Admin invited you to join Invite Works on Orgstack");
  const link = inviteLinkFrom(mail);

  // A new browser context: the invitee has never been here.
  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "Invite Works" })).toBeVisible();
  await expect(invitee.getByText("Ada Admin invited you to join")).toBeVisible();
  await expect(invitee.getByLabel("Email")).toHaveValue(email);
  await expect(invitee.getByLabel("Email")).not.toBeEditable();
  await invitee.getByLabel("Your name").fill("Nina Newcomer");
  await invitee.getByLabel("Password").fill(PASSWORD);
  await invitee.getByRole("button", { name: "Create account and join" }).click();

  await expect(invitee).toHaveURL(/\/dashboard$/);
  await expect(invitee.getByTestId("active-organization")).toHaveText("Invite Works");
  await expect(invitee.getByTestId("role")).toHaveText("Guest");

  await admin.reload();
  const members = admin.getByRole("list", { name: "Members" });
  await expect(members).toContainText("Nina Newcomer");
  await expect(members).toContainText(email);
  await expect(admin.getByRole("list", { name: "Pending invitations" })).toHaveCount(0);

  // The link worked once: its new member is sent on to the organization, anyone else told it is used.
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "You are a member of Invite Works" })).toBeVisible();
  const again = await (await browser.newContext()).newPage();
  await again.goto(link);
  await expect(again.getByRole("heading", { name: "This invitation has already been used" })).toBeVisible();
});

test("an existing user logs in from the invitation, comes back to it and accepts", async ({ browser }) => {
  const admin = await browser.newPage();
  await signUp(admin, { name: "Olga Owner", email: uniqueEmail("olga"), organizationName: "Existing Welcome" });
  const existing = await (await browser.newContext()).newPage();
  const email = uniqueEmail("existing");
  await signUp(existing, { name: "Eli Existing", email, organizationName: "Eli's Own" });
  await existing.getByRole("button", { name: "Log out" }).click();
  await expect(existing).toHaveURL(/\/login/);

  await invite(admin, email, "Admin");
  // Their signup sent them a verification email first.
  await existing.goto(inviteLinkFrom(await latestEmailTo(email, { subject: /invited you/ })));
  await existing.getByRole("link", { name: "Log in to accept" }).click();
  await existing.getByLabel("Email").fill(email);
  await existing.getByLabel("Password").fill(PASSWORD);
  await existing.getByRole("button", { name: "Log in" }).click();

  await expect(existing.getByRole("heading", { name: "Existing Welcome" })).toBeVisible();
  await existing.getByRole("button", { name: "Accept and join Existing Welcome" }).click();
  await expect(existing).toHaveURL(/\/dashboard$/);
  await expect(existing.getByTestId("active-organization")).toHaveText("Existing Welcome");
  await expect(existing.getByTestId("role")).toHaveText("Admin");
});

test("signed in as someone else, the invitation names both addresses and changes nothing until they switch account", async ({
  browser,
}) => {
  const admin = await browser.newPage();
  await signUp(admin, { name: "Ivan Inviter", email: uniqueEmail("ivan"), organizationName: "Mismatch Org" });
  const invited = uniqueEmail("invited");
  await invite(admin, invited);

  const other = await (await browser.newContext()).newPage();
  const otherEmail = uniqueEmail("other");
  await signUp(other, { name: "Oscar Other", email: otherEmail, organizationName: "Oscar's" });
  await other.goto(inviteLinkFrom(await latestEmailTo(invited)));
  const alert = other.getByRole("alert").filter({ hasText: "This invitation is for" });
  await expect(alert).toContainText(invited);
  await expect(alert).toContainText(otherEmail);
  await expect(other.getByRole("button", { name: /Accept/ })).toHaveCount(0);

  await other.getByRole("button", { name: "Log out and continue" }).click();
  await expect(other.getByRole("button", { name: "Create account and join" })).toBeVisible();
  await expect(other.getByLabel("Email")).toHaveValue(invited);
});

test("a revoked invitation's link says so and whom to ask", async ({ page, browser }) => {
  await signUp(page, { name: "Rita Revoker", email: uniqueEmail("rita"), organizationName: "Revoking Org" });
  const email = uniqueEmail("revoked");
  await invite(page, email);
  await page.getByRole("button", { name: `Revoke invitation to ${email}` }).click();
  await page.getByRole("button", { name: "Revoke invitation" }).click();
  await expect(page.getByRole("heading", { name: "No pending invitations" })).toBeVisible();

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(inviteLinkFrom(await latestEmailTo(email)));
  await expect(invitee.getByRole("heading", { name: "This invitation was withdrawn" })).toBeVisible();
  await expect(invitee.getByText(/Ask Rita Revoker/)).toBeVisible();
});

test("resending sends a new link and the old one stops working", async ({ page, browser }) => {
  await signUp(page, { name: "Sam Sender", email: uniqueEmail("sam"), organizationName: "Resend Org" });
  const email = uniqueEmail("resent");
  await invite(page, email);
  const first = inviteLinkFrom(await latestEmailTo(email));
  const resentAt = new Date();
  await page.getByRole("button", { name: `Resend invitation to ${email}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent again to ${email}:` })).toBeVisible();
  const second = inviteLinkFrom(await latestEmailTo(email, { since: resentAt }));
  expect(second).not.toBe(first);

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(first);
  await expect(invitee.getByRole("heading", { name: "Invitation not found" })).toBeVisible();
  await invitee.goto(second);
  await expect(invitee.getByRole("heading", { name: "Resend Org" })).toBeVisible();
});

test("when the email fails, the invitation is kept and the list says its email is being retried", async ({ page }) => {
  await signUp(page, { name: "Fay Failing", email: uniqueEmail("fay"), organizationName: "Failing Mail" });
  await page.goto("/dashboard/members");
  const email = `bounce-${uniqueEmail()}`;
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${email}:` })).toBeVisible();
  // The worker's first attempt fails (the capture server refuses bounce-… addresses); the queue will try again.
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.getByRole("list", { name: "Pending invitations" }).textContent();
      },
      { timeout: 15_000 },
    )
    .toContain("Email failed, retrying");
});

test("an invite link lets a new person join with the link's role", async ({ page, browser }) => {
  await signUp(page, { name: "Lia Linker", email: uniqueEmail("lia"), organizationName: "Link Org" });
  await page.goto("/dashboard/members");
  await page.getByLabel("Uses").fill("1");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const url = await page.getByLabel("Invite link", { exact: true }).inputValue();
  expect(url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("list", { name: "Invite links" })).toContainText("0 of 1 uses");

  const joiner = await (await browser.newContext()).newPage();
  await joiner.goto(url);
  await joiner.getByLabel("Your name").fill("Jo Joiner");
  await joiner.getByLabel("Work email").fill(uniqueEmail("jo"));
  await joiner.getByLabel("Password").fill(PASSWORD);
  await joiner.getByRole("button", { name: "Create account and join" }).click();
  await expect(joiner.getByTestId("active-organization")).toHaveText("Link Org");
  await expect(joiner.getByTestId("role")).toHaveText("Member");

  await page.reload();
  await expect(page.getByRole("list", { name: "Invite links" })).toContainText("1 of 1 uses");
});

test("the development mailbox does not exist in production", async ({ page }) => {
  const response = await page.goto("/dev/mailbox");
  expect(response?.status()).toBe(404);
});

test("a domain-restricted invite link admits the new person once they have opened the link sent to their address", async ({
  page,
  browser,
}) => {
  await signUp(page, { name: "Dora Domain", email: uniqueEmail("dora"), organizationName: "Domain Org" });
  await page.goto("/dashboard/members");
  await page.getByLabel("Only for addresses at (optional)").fill("corp.example");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const url = await page.getByLabel("Invite link", { exact: true }).inputValue();

  const email = `newcomer-${Date.now()}@corp.example`;
  const joiner = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.77.0.1" } })).newPage();
  await joiner.goto(url);
  await joiner.getByLabel("Your name").fill("Nia Newcomer");
  await joiner.getByLabel("Work email").fill(email);
  await joiner.getByLabel("Password").fill(PASSWORD);
  await joiner.getByRole("button", { name: "Create account and join" }).click();
  // Anyone can type an address at the domain: the membership waits until the mailbox's owner opens its link.
  await expect(joiner.getByRole("note")).toContainText(`Open the verification link we sent to ${email}`);

  const verification = extractLinks((await latestEmailTo(email)).html).find((link) => new URL(link).pathname === "/verify-email")!;
  await joiner.goto(verification);
  await joiner.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(joiner.getByRole("heading", { name: "Domain Org" })).toBeVisible();
  await joiner.getByRole("button", { name: "Accept and join Domain Org" }).click();
  await expect(joiner.getByTestId("active-organization")).toHaveText("Domain Org");
});
