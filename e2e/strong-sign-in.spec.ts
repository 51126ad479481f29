import { randomBytes } from "node:crypto";
import { generate } from "otplib";
import { sql } from "./database";
import { latestEmailTo } from "./emails";
import { PASSWORD, signUp, uniqueEmail, verifyDomainInSettings } from "./fixtures";
import { expect, test, type Page } from "./test";

async function logOut(page: Page) {
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

async function passwordStep(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
}

/** The app's code for a step `steps` from now: each sign-in uses a later one (a code works once). */
function codeAt(secret: string, steps: number): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
}

/** Turns on the authenticator app from /account/two-factor, as a person would with their phone; returns its secret. */
async function turnOnTotp(page: Page): Promise<string> {
  await page.goto("/account/two-factor");
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.locator("code").first().textContent())!.trim();
  await page.getByLabel("Code from the app").fill(await codeAt(secret, 0));
  await page.getByRole("button", { name: "Turn on two-factor" }).click();
  await expect(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  return secret;
}

test("two-factor with an authenticator app: set up, then sign-in asks for a code (and a recovery code works once)", async ({ page }) => {
  const email = uniqueEmail("totp");
  await signUp(page, { name: "Tess Totp", email, organizationName: "Totp Co" });
  const secret = await turnOnTotp(page);
  const recovery = await page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").first().textContent();
  await page.getByRole("link", { name: "I saved them" }).click();
  await expect(page.getByText(/On since/)).toBeVisible();

  await logOut(page);
  await passwordStep(page, email);
  await expect(page).toHaveURL(/\/login\/two-factor/, { timeout: 15_000 });
  await page.getByLabel("Code from your authenticator app").fill("000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That code is not right" })).toBeVisible();
  await page.getByLabel("Code from your authenticator app").fill(await codeAt(secret, 1));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 15_000 });

  await logOut(page);
  await passwordStep(page, email);
  await page.getByRole("button", { name: "Lost your device? Use a recovery code" }).click();
  await page.getByLabel("Recovery code").fill(recovery!.toUpperCase());
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 15_000 });
});

test("a passkey: added on the account page, then signs in alone (Chromium's virtual authenticator)", async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  const email = uniqueEmail("passkey");
  await signUp(page, { name: "Pat Passkey", email, organizationName: "Passkey Co" });
  await page.goto("/account/two-factor");
  await page.getByLabel("Name").fill("Work laptop");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByText("Passkey added")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Work laptop" })).toBeVisible();
  // A discoverable credential for our RP ID (localhost) now lives in the authenticator.
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(credentials).toMatchObject([{ isResidentCredential: true, rpId: "localhost" }]);

  await logOut(page);
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 15_000 });
  await expect(page.getByTestId("active-organization")).toHaveText("Passkey Co");

  // With a passkey, the password step asks for it as the second factor too.
  await logOut(page);
  await passwordStep(page, email);
  await expect(page).toHaveURL(/\/login\/two-factor/, { timeout: 15_000 });
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 15_000 });
});

test("an organization that requires two-factor sends a member without it to set it up, and lets them in after", async ({
  page,
  browser,
}) => {
  const ownerEmail = uniqueEmail("strict-owner");
  await signUp(page, { name: "Olga Owner", email: ownerEmail, organizationName: `Strict ${randomBytes(2).toString("hex")}` });
  await turnOnTotp(page);
  const memberEmail = uniqueEmail("strict-member");
  const member = await browser.newPage({ extraHTTPHeaders: { "x-forwarded-for": `10.9.${randomBytes(1)[0]}.7` } });
  await signUp(member, { name: "Max Member", email: memberEmail, organizationName: "Max's own" });
  await sql(
    `INSERT INTO "Membership" (id, "organizationId", "userId", role, "updatedAt")
     SELECT 'e2e' || md5(random()::text), om."organizationId", u.id, 'MEMBER', now()
     FROM "Membership" om JOIN "User" o ON o.id = om."userId" AND o.email = $1, "User" u WHERE u.email = $2`,
    [ownerEmail, memberEmail],
  );

  await page.goto("/dashboard/settings");
  const security = page.getByRole("form", { name: "Security policy" });
  await expect(security.getByText("Max Member")).toBeVisible();
  await security.getByRole("checkbox", { name: /Require two-factor authentication/ }).check();
  await security.getByRole("button", { name: "Save security policy" }).click();
  await expect(security.getByText("Security policy saved.")).toBeVisible();

  // The member switches to it: sent to set up two-factor first.
  await member.goto("/organizations");
  const strictName = await page.getByTestId("active-organization").textContent();
  await member.getByRole("button", { name: `Open ${strictName}` }).click();
  await expect(member).toHaveURL(/\/account\/two-factor\?required=1/, { timeout: 15_000 });
  await expect(member.getByText("Your organization requires two-factor authentication.")).toBeVisible();
  await turnOnTotp(member);
  await member.goto("/organizations");
  await member.getByRole("button", { name: `Open ${strictName}` }).click();
  await expect(member).toHaveURL(/\/dashboard$/, { timeout: 15_000 });
  await expect(member.getByTestId("active-organization")).toHaveText(strictName!);
  await member.close();
});

test("a domain verified against the DNS server lets a colleague join without an invitation", async ({ page, browser }) => {
  const domain = `acme-${randomBytes(3).toString("hex")}.example`;
  const organizationName = `Acme ${randomBytes(2).toString("hex")}`;
  await signUp(page, { name: "Ada Admin", email: `ada@${domain}`, organizationName });
  await verifyDomainInSettings(page, domain);
  const rule = page.getByRole("form", { name: `How people at ${domain} join` });
  await rule.getByLabel("People at this domain").selectOption("SUGGEST");
  await rule.getByRole("button", { name: "Save" }).click();
  await expect(rule.getByText("Saved.")).toBeVisible();

  const colleague = await browser.newPage({ extraHTTPHeaders: { "x-forwarded-for": `10.8.${randomBytes(1)[0]}.9` } });
  const email = `grace@${domain}`;
  await signUp(colleague, { name: "Grace Colleague", email, organizationName: "Grace's sandbox" });
  const verify = await latestEmailTo(email, { subject: /Verify your email/ });
  const link = verify.text.match(/http:\/\/\S+verify-email\S+/)![0];
  await colleague.goto(link);
  await colleague.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(colleague).not.toHaveURL(/verify-email/);
  await colleague.goto("/organizations");
  await expect(colleague.getByText(`Anyone with a verified @${domain} address may join.`)).toBeVisible();
  await colleague.getByRole("button", { name: `Join ${organizationName}` }).click();
  await expect(colleague).toHaveURL(/\/dashboard$/, { timeout: 15_000 });
  await expect(colleague.getByTestId("active-organization")).toHaveText(organizationName);
  await colleague.close();
});

test("support access: a superadmin views an organization read-only, with a banner, and the organization's audit log shows it", async ({
  page,
  browser,
}) => {
  const customerEmail = uniqueEmail("customer");
  const customerName = `Customer ${randomBytes(2).toString("hex")}`;
  const customer = await browser.newPage({ extraHTTPHeaders: { "x-forwarded-for": `10.7.${randomBytes(1)[0]}.3` } });
  await signUp(customer, { name: "Carla Customer", email: customerEmail, organizationName: customerName });
  const organizationId = (
    await sql(`SELECT m."organizationId" AS id FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`, [customerEmail])
  ).rows[0].id as string;

  const staffEmail = uniqueEmail("staff");
  await signUp(page, { name: "Sam Support", email: staffEmail, organizationName: "Orgstack Staff" });
  await sql(`UPDATE "User" SET "isSuperadmin" = true WHERE email = $1`, [staffEmail]);
  await turnOnTotp(page);
  await page.goto(`/admin/organizations/${organizationId}`);
  const form = page.getByRole("form", { name: "View as a member" });
  await form.getByLabel("Reason").fill("Ticket 4821: Carla cannot find her project");
  await form.getByRole("button", { name: "Start read-only view" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 15_000 });
  await expect(page.getByRole("status").filter({ hasText: "Support view, read-only." })).toContainText(
    `see ${customerName} as Carla Customer`,
  );
  await page.getByRole("link", { name: "Projects", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Support view, read-only." })).toBeVisible();
  await page.getByRole("button", { name: "End support view" }).click();
  await expect(page).toHaveURL(/\/admin/, { timeout: 15_000 });

  await customer.goto("/dashboard/audit");
  await expect(customer.getByRole("row").filter({ hasText: "Application support started viewing as a member" })).toBeVisible();
  await expect(customer.getByRole("row").filter({ hasText: "Application support stopped viewing as a member" })).toBeVisible();
  await customer.close();
});
