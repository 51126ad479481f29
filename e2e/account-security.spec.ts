import { extractLinks } from "../tests/support/email-capture";
import { expect, test, type Page } from "./test";
import { PASSWORD, joinNewOrganization, signUp, uniqueEmail } from "./fixtures";
import { sql } from "./database";
import { latestEmailTo } from "./emails";

/** The link of the newest email to `address` whose subject matches, after `since`. */
async function linkFrom(address: string, subject: RegExp, path: string, since?: Date): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const email = await latestEmailTo(address, { since });
    if (subject.test(email.subject)) {
      const link = extractLinks(email.html).find((candidate) => new URL(candidate).pathname.startsWith(path));
      if (link) return link;
    }
    if (Date.now() > deadline) throw new Error(`no "${subject}" email with a ${path} link reached ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function form(page: Page, name: string) {
  return page.getByRole("form", { name });
}

test("a new account verifies its email from the banner's link", async ({ page }) => {
  const email = uniqueEmail("verify");
  await signUp(page, { name: "Vera Verify", email, organizationName: "Verified Co" });
  const banner = page.getByRole("region", { name: "Email verification" });
  await expect(banner).toContainText(`We sent a link to ${email}`);

  const since = new Date();
  await banner.getByRole("button", { name: "Send the link again" }).click();
  await expect(banner.getByRole("status")).toHaveText(`Sent. Check ${email} for the link.`);

  await page.goto(await linkFrom(email, /Verify your email/, "/verify-email", since));
  // Opening the link changes nothing (mail scanners follow links); the button does.
  await expect(page.getByRole("heading", { name: "Confirm your email address" })).toBeVisible();
  expect((await sql(`SELECT "emailVerifiedAt" FROM "User" WHERE email = $1`, [email])).rows[0].emailVerifiedAt).toBeNull();
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page).toHaveURL(/\/account\?notice=email-verified$/);
  await expect(page.getByRole("status").filter({ hasText: "Email address verified" })).toBeVisible();
  await expect(page.getByText("Verified", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("region", { name: "Email verification" })).toHaveCount(0);
});

test("forgot password: the emailed link sets a new password and signs out every session", async ({ page, browser }) => {
  const email = uniqueEmail("reset");
  await signUp(page, { name: "Rosa Reset", email, organizationName: "Reset Inc" });

  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto("/login");
  await stranger.getByRole("link", { name: "Forgot password?" }).click();
  await expect(stranger).toHaveURL(/\/forgot-password$/);
  await stranger.getByLabel("Email").fill(email);
  await stranger.getByRole("button", { name: "Send reset link" }).click();
  await expect(stranger.getByRole("status")).toContainText("If an account uses that address, we have sent it a link");

  await stranger.goto(await linkFrom(email, /Reset your Orgstack password/, "/reset-password/"));
  await stranger.getByLabel("New password", { exact: true }).fill("a fresh passphrase 42");
  await stranger.getByLabel("Repeat new password").fill("a different one 42");
  await stranger.getByRole("button", { name: "Set new password" }).click();
  await expect(stranger.getByText("The two passwords differ.")).toBeVisible();
  // The form is cleared after each attempt: both fields again.
  await stranger.getByLabel("New password", { exact: true }).fill("a fresh passphrase 42");
  await stranger.getByLabel("Repeat new password").fill("a fresh passphrase 42");
  await stranger.getByRole("button", { name: "Set new password" }).click();
  await expect(stranger).toHaveURL(/\/login\?notice=password-reset$/);
  await expect(stranger.getByRole("status")).toContainText("Your password has been changed");

  // The browser that was signed in is signed out on its next request.
  await page.reload();
  await expect(page).toHaveURL(/\/login/);

  await stranger.getByLabel("Email").fill(email);
  await stranger.getByLabel("Password").fill("a fresh passphrase 42");
  await stranger.getByRole("button", { name: "Log in" }).click();
  await expect(stranger).toHaveURL(/\/dashboard$/);
});

test("the account page changes the password, lists sessions and revokes them", async ({ page, browser }) => {
  const email = uniqueEmail("sessions");
  await signUp(page, { name: "Sam Sessions", email, organizationName: "Sessions Ltd" });
  const laptop = await (await browser.newContext()).newPage();
  await laptop.goto("/login");
  await laptop.getByLabel("Email").fill(email);
  await laptop.getByLabel("Password").fill(PASSWORD);
  await laptop.getByRole("button", { name: "Log in" }).click();
  await expect(laptop).toHaveURL(/\/dashboard$/);

  await page.getByRole("link", { name: /Account/ }).click();
  const sessions = page.getByRole("list", { name: "Sessions" }).getByRole("listitem");
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: "This device" })).toHaveCount(1);

  await sessions.filter({ hasNotText: "This device" }).getByRole("button", { name: "Revoke" }).click();
  await expect(sessions).toHaveCount(1);
  await laptop.reload();
  await expect(laptop).toHaveURL(/\/login/);

  const password = form(page, "Change password");
  await password.getByLabel("Current password").fill("not my password");
  await password.getByLabel("New password", { exact: true }).fill("a changed passphrase");
  await password.getByLabel("Repeat new password").fill("a changed passphrase");
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByText("That is not your current password.").first()).toBeVisible();
  await password.getByLabel("Current password").fill(PASSWORD);
  await password.getByLabel("New password", { exact: true }).fill("a changed passphrase");
  await password.getByLabel("Repeat new password").fill("a changed passphrase");
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed." })).toBeVisible();

  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login\?notice=signed-out-everywhere$/);
  await expect(page.getByRole("status")).toHaveText("You have been signed out on every device.");
});

test("changing the email takes effect when the new address confirms", async ({ page }) => {
  const email = uniqueEmail("old");
  const newEmail = uniqueEmail("new");
  await signUp(page, { name: "Erin Email", email, organizationName: "Email Co" });
  await page.goto("/account");
  const change = form(page, "Change email");
  await change.getByLabel("New email address").fill(newEmail);
  await change.getByLabel("Current password").fill(PASSWORD);
  await change.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(change.getByRole("status")).toContainText(`We sent a link to ${newEmail}`);
  await page.reload();
  await expect(page.getByText(`Waiting for you to confirm ${newEmail}`)).toBeVisible();

  await page.goto(await linkFrom(newEmail, /Confirm your new email/, "/verify-email"));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Email address changed" })).toBeVisible();
  await expect(page.getByText(newEmail, { exact: true })).toBeVisible();
});

test("deleting the account: blocked while last owner of a shared organization, then done", async ({ page }) => {
  const email = uniqueEmail("leaver");
  await signUp(page, { name: "Lee Leaver", email, organizationName: "Leaving Co" });
  await page.goto("/account");
  await expect(page.getByText("Leaving Co has no other members and will be deleted with all its data.", { exact: false })).toBeVisible();

  // A teammate joins: the last owner may not leave them without one.
  const teammate = uniqueEmail("teammate");
  await sql(
    `WITH u AS (INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('e2e' || md5(random()::text), $2, 'Tess Teammate', 'x', now()) RETURNING id)
     INSERT INTO "Membership" (id, "organizationId", "userId", role, "updatedAt")
     SELECT 'e2e' || md5(random()::text), m."organizationId", u.id, 'MEMBER', now() FROM "Membership" m, u WHERE m."userId" = (SELECT id FROM "User" WHERE email = $1)`,
    [email, teammate],
  );
  await page.reload();
  await expect(
    page.getByText(/You are the last owner of Leaving Co, which has other members\. Before you can delete your account/),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete my account" })).toHaveCount(0);
  await sql(`DELETE FROM "User" WHERE email = $1`, [teammate]);
  await page.reload();

  await joinNewOrganization(email, "Joined Org", "MEMBER");
  const deletion = form(page, "Delete account");
  await deletion.getByLabel("Your password").fill("wrong password");
  await deletion.getByRole("button", { name: "Delete my account" }).click();
  await expect(deletion.getByText("That is not your current password.").first()).toBeVisible();
  await deletion.getByLabel("Your password").fill(PASSWORD);
  await deletion.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/login\?notice=account-deleted$/);
  await expect(page.getByRole("status")).toHaveText("Your account has been deleted.");

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "don't match an account" })).toBeVisible();
});

test("the login form says when attempts are rate limited", async ({ page }) => {
  const email = uniqueEmail("limited");
  await page.goto("/login");
  const attempt = async (password: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    // Wait for this attempt's answer: the previous one's message is still on screen.
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.getByRole("button", { name: "Log in" }).click(),
    ]);
    // React resets the form when it renders the answer, which may come after the response: filling the next attempt
    // before that reset lost its password on a busy machine. The reset empties the password field.
    await expect(page.getByLabel("Password")).toHaveValue("");
  };
  for (let i = 0; i < 10; i += 1) {
    await attempt(`guess number ${i}`);
    await expect(page.getByRole("alert").filter({ hasText: "don't match an account" })).toBeVisible();
  }
  await attempt("one more guess");
  await expect(page.getByRole("alert").filter({ hasText: /Too many sign-in attempts\. Try again in \d+ minutes?\./ })).toBeVisible();
});

test("pages carry a nonce-based Content-Security-Policy and the security headers, and run without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  const first = await page.goto("/login");
  const second = await page.request.get("/login");
  const headers = first!.headers();
  const policy = headers["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-powered-by"]).toBeUndefined();

  // Every script the page ships carries the nonce (inline ones could not run otherwise).
  const scripts = await page.locator("script").evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((value) => value === nonce)).toBe(true);

  // A full flow under the policy: signup, dashboard, menus, account page.
  await signUp(page, { name: "Cecil Policy", email: uniqueEmail("csp"), organizationName: "Policy Co" });
  await page.getByRole("button", { name: /Switch organization/ }).click();
  await page.keyboard.press("Escape");
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  expect(violations).toEqual([]);

  // A socket of its own: a pooled keep-alive socket the busy server had just closed failed this with ECONNRESET.
  const api = await page.request.get("/api/me", { headers: { connection: "close" } });
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});
