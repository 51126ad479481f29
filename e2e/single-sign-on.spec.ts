// Single sign-on in Chromium, end to end: an owner connects an OpenID provider (a real one, oidc-provider, started
// here) from the settings page and requires it; a colleague at the domain types their email on the login page, is
// sent to the provider and back, and lands in the organization with no password; the directory (SCIM) then
// deactivates them and their next page load is out of the organization. (The provider runs beside the server:
// e2e/server.ts.)
import { randomBytes } from "node:crypto";
import { identityProvider, sql } from "./database";
import { PASSWORD, signUp, verifyDomainInSettings } from "./fixtures";
import { expect, test } from "./test";

const port = process.env.E2E_PORT ?? "3100";

test("an owner connects an OpenID provider and requires it; a colleague signs in through it with no password, and SCIM cuts them off", async ({
  page,
  browser,
}) => {
  // Three people's sign-ins and a directory round trip: longer than one test's default budget on a busy machine.
  test.slow();
  const provider = identityProvider();
  const domain = `sso-${randomBytes(3).toString("hex")}.example`;
  const organizationName = `Initech ${randomBytes(2).toString("hex")}`;
  await signUp(page, { name: "Olive Owner", email: `olive@${domain}`, organizationName });
  await verifyDomainInSettings(page, domain);

  const sso = page.getByRole("form", { name: "Single sign-on connection" });
  await sso.getByLabel("OpenID Connect").check();
  await expect(sso.getByLabel("Redirect URI")).toHaveValue(`http://localhost:${port}/api/auth/sso/oidc/callback`);
  await sso.getByLabel("Issuer URL").fill(provider.issuer);
  await sso.getByLabel("Client ID").fill(provider.clientId);
  await sso.getByLabel("Client secret").fill(provider.clientSecret);
  await sso.getByRole("button", { name: "Connect" }).click();
  await expect(page.getByText(`Connected with OpenID Connect: ${provider.issuer}`)).toBeVisible();

  const policy = page.getByRole("form", { name: "Security policy" });
  await policy.getByLabel("Require single sign-on").check();
  await policy.getByRole("button", { name: "Save security policy" }).click();
  await expect(policy.getByText("Security policy saved.")).toBeVisible();

  // A colleague the identity provider knows, who has never been to the app.
  const email = `grace@${domain}`;
  await provider.addAccount({ sub: `okta-${randomBytes(4).toString("hex")}`, email, name: "Grace Colleague" });
  const colleague = await browser.newPage({ extraHTTPHeaders: { "x-forwarded-for": `10.9.${randomBytes(1)[0]}.7` } });
  await colleague.goto("/login");
  await colleague.getByLabel("Email").fill(email);
  await expect(colleague.getByText("Your organization requires single sign-on")).toBeVisible();
  await expect(colleague.getByLabel("Password")).toHaveCount(0);
  await colleague.getByRole("button", { name: "Continue with single sign-on" }).click();
  await expect(colleague).toHaveURL(/\/dashboard$/, { timeout: 15_000 });
  await expect(colleague.getByTestId("active-organization")).toHaveText(organizationName);

  // The owner keeps a password way in (break-glass), one click away on the same page.
  const owner = await browser.newPage({ extraHTTPHeaders: { "x-forwarded-for": `10.9.${randomBytes(1)[0]}.8` } });
  await owner.goto("/login");
  await owner.getByLabel("Email").fill(`olive@${domain}`);
  await owner.getByRole("button", { name: "Owner? Sign in with your password instead" }).click();
  await owner.getByLabel("Password").fill(PASSWORD);
  await owner.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(owner).toHaveURL(/\/dashboard$/, { timeout: 15_000 });
  await owner.close();

  // Directory sync: the token is shown once on the settings page; the directory deactivates the colleague.
  await page.goto("/dashboard/settings");
  await page.getByRole("button", { name: "Turn on directory sync" }).click();
  const token = await page.getByLabel("Bearer token").inputValue();
  expect(token).toMatch(/^scim_/);
  const base = `http://localhost:${port}/scim/v2`;
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/scim+json" };
  const created = await fetch(`${base}/Users`, {
    method: "POST",
    headers,
    body: JSON.stringify({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: email, active: true }),
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const off = await fetch(`${base}/Users/${id}`, {
    method: "PATCH",
    headers,
    body: JSON.stringify({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [{ op: "replace", value: { active: false } }],
    }),
  });
  expect(off.status).toBe(200);
  await colleague.reload();
  // Out of it, and not offered it back through the verified domain (the directory decides who is a member).
  await expect(colleague).toHaveURL(/\/onboarding$/, { timeout: 15_000 });
  await expect(colleague.getByText("you are not in an active organization right now")).toBeVisible();
  await colleague.goto("/organizations");
  await expect(colleague.getByRole("button", { name: `Join ${organizationName}` })).toHaveCount(0);
  await colleague.close();

  const events = await sql(
    `SELECT action FROM "AuditEvent" a JOIN "Organization" o ON o.id = a."organizationId" WHERE o.name = $1 ORDER BY a."createdAt"`,
    [organizationName],
  );
  expect(events.rows.map((row) => row.action)).toEqual(
    expect.arrayContaining([
      "sso.connection_saved",
      "security.policy_changed",
      "member.provisioned",
      "sso.signed_in",
      "sso.break_glass_used",
      "scim.token_created",
      "member.deprovisioned",
    ]),
  );
});
