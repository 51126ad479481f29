// Authorization is structure: every route handler and every server action is built by a wrapper that declares who
// may call it (src/server/http/declare-route.ts, declare-action.ts), and the few anyone may call are listed here.
// A handler or action added without a wrapper, or made public without being listed, fails this file.
import { describe, expect, it } from "vitest";
import { declaredActions, declaredRoutes } from "../support/declared";

/** Route handlers anyone may call. Each one decides for itself what a visitor without a session gets. */
const PUBLIC_ROUTES = [
  "api/auth/login/route.ts POST",
  // The second step of a sign-in, and passkeys: no session yet (the pending sign-in cookie, or none).
  "api/auth/login/second-factor/route.ts POST",
  "api/auth/logout/route.ts POST",
  "api/auth/passkey/options/route.ts POST",
  "api/auth/passkey/route.ts POST",
  "api/auth/password-reset/confirm/route.ts POST",
  "api/auth/password-reset/route.ts POST",
  "api/auth/signup/route.ts POST",
  // Single sign-on: no session yet; the identity provider's signed answer is the proof (src/server/sso).
  "api/auth/sso/discover/route.ts POST",
  "api/auth/sso/oidc/callback/route.ts GET",
  "api/auth/sso/route.ts POST",
  "api/auth/sso/saml/[organizationId]/acs/route.ts POST",
  "api/auth/sso/saml/[organizationId]/route.ts GET",
  "api/auth/sso/start/route.ts GET",
  "api/auth/verify-email/route.ts POST",
  "api/health/route.ts GET",
  "api/openapi.json/route.ts GET",
  "api/webhooks/stripe/route.ts POST",
  "auth/session-ended/route.ts GET",
  "health/route.ts GET",
  "organizations/switch/route.ts GET",
];

/** Server actions anyone may call: signing in and up, resetting a password, and the invitation page's. */
const PUBLIC_ACTIONS = [
  "(auth)/forgot-password/actions.ts requestPasswordResetAction",
  "(auth)/invite/[token]/actions.ts acceptInviteAction",
  "(auth)/invite/[token]/actions.ts logOutAndReturnAction",
  "(auth)/invite/[token]/actions.ts sendInviteVerificationAction",
  "(auth)/invite/[token]/actions.ts signupWithInviteAction",
  "(auth)/login/actions.ts loginAction",
  "(auth)/login/actions.ts secondFactorAction",
  "(auth)/reset-password/[token]/actions.ts resetPasswordAction",
  "(auth)/signup/actions.ts signupAction",
  "(auth)/verify-email/actions.ts verifyEmailAction",
  "dashboard/actions.ts logoutAction",
  // Ends a support view, in which every other action is refused; it only closes the cookie's own session's view.
  "dashboard/support-actions.ts endSupportAction",
];

/** Sensitive actions: a person with a second factor proves it again when the last proof is stale (step-up.ts). */
const STEP_UP = [
  "account/actions.ts changeEmailAction",
  "account/actions.ts changePasswordAction",
  "account/actions.ts deleteAccountAction",
  "api/account/email/route.ts POST",
  "api/account/password/route.ts POST",
  "api/account/route.ts DELETE",
  "api/api-keys/route.ts POST",
  "api/organizations/current/route.ts DELETE",
  "api/organizations/current/scim-token/route.ts DELETE",
  "api/organizations/current/scim-token/route.ts POST",
  "api/organizations/current/security/route.ts PATCH",
  "api/organizations/current/sso/route.ts DELETE",
  "api/organizations/current/sso/route.ts PUT",
  "api/organizations/current/transfer/route.ts POST",
  "dashboard/api-keys/actions.ts createApiKeyAction",
  "dashboard/settings/actions.ts deleteOrganizationAction",
  "dashboard/settings/security-actions.ts updateSecurityAction",
  "dashboard/settings/sso-actions.ts createScimTokenAction",
  "dashboard/settings/sso-actions.ts removeSsoAction",
  "dashboard/settings/sso-actions.ts revokeScimTokenAction",
  "dashboard/settings/sso-actions.ts saveSsoAction",
  "dashboard/settings/transfer-actions.ts requestTransferAction",
];

describe("declared access", () => {
  it("the sensitive operations, and only they, ask for a step-up", async () => {
    const [routes, actions] = await Promise.all([declaredRoutes(), declaredActions()]);
    const stepUp = [...routes, ...actions]
      .filter((found) => found.declaration && "stepUp" in found.declaration)
      .map((found) => `${found.file} ${found.name}`);
    expect(stepUp.sort()).toEqual(STEP_UP);
  });

  it("every route handler under app/ is built by orgRoute, sessionRoute or publicRoute", async () => {
    const routes = await declaredRoutes();
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.filter((route) => !route.isFunction || !route.declaration).map((route) => `${route.file} ${route.name}`)).toEqual([]);
  });

  it("the public route handlers are exactly the listed ones", async () => {
    const routes = await declaredRoutes();
    expect(routes.filter((route) => route.declaration?.access === "public").map((route) => `${route.file} ${route.name}`)).toEqual(
      PUBLIC_ROUTES,
    );
  });

  it("SCIM is exactly the directory's routes under scim/v2, authenticated by its token", async () => {
    const routes = await declaredRoutes();
    const scim = routes.filter((route) => route.declaration?.access === "scim").map((route) => `${route.file} ${route.name}`);
    expect(scim.length).toBeGreaterThan(5);
    expect(scim.every((route) => route.startsWith("scim/v2/"))).toBe(true);
    expect(routes.filter((route) => route.file.startsWith("scim/") && route.declaration?.access !== "scim")).toEqual([]);
  });

  it('every export of a "use server" module is built by orgAction, sessionAction or publicAction', async () => {
    const actions = await declaredActions();
    expect(actions.length).toBeGreaterThan(35);
    expect(actions.filter((action) => !action.isFunction || !action.declaration).map((action) => `${action.file} ${action.name}`)).toEqual(
      [],
    );
  });

  it("the public server actions are exactly the listed ones", async () => {
    const actions = await declaredActions();
    expect(
      actions
        .filter((action) => action.declaration?.access === "public")
        .map((action) => `${action.file} ${action.name}`)
        .sort(),
    ).toEqual(PUBLIC_ACTIONS);
  });

  it("tenant operations name a permission, or say in their declaration that the service decides", async () => {
    const [routes, actions] = await Promise.all([declaredRoutes(), declaredActions()]);
    const org = [...routes, ...actions].filter((found) => found.declaration?.access === "org");
    expect(org.length).toBeGreaterThan(30);
    for (const found of org) expect(found.declaration, `${found.file} ${found.name}`).toHaveProperty("permission");
  });
});
