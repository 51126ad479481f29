import type { ApiRoute } from "@/server/openapi/document";
import * as authSignup from "../auth/signup/route";
import * as authLogin from "../auth/login/route";
import * as authLoginSecondFactor from "../auth/login/second-factor/route";
import * as authPasskey from "../auth/passkey/route";
import * as authPasskeyOptions from "../auth/passkey/options/route";
import * as authLogout from "../auth/logout/route";
import * as authVerifyEmail from "../auth/verify-email/route";
import * as authVerifyEmailResend from "../auth/verify-email/resend/route";
import * as authPasswordReset from "../auth/password-reset/route";
import * as authPasswordResetConfirm from "../auth/password-reset/confirm/route";
import * as health from "../health/route";
import * as account from "../account/route";
import * as accountEmail from "../account/email/route";
import * as accountPassword from "../account/password/route";
import * as accountSessions from "../account/sessions/route";
import * as accountSessionsId from "../account/sessions/[id]/route";
import * as accountTwoFactor from "../account/two-factor/route";
import * as accountTwoFactorTotp from "../account/two-factor/totp/route";
import * as accountTwoFactorTotpConfirm from "../account/two-factor/totp/confirm/route";
import * as accountTwoFactorRecoveryCodes from "../account/two-factor/recovery-codes/route";
import * as accountPasskeys from "../account/passkeys/route";
import * as accountPasskeysOptions from "../account/passkeys/options/route";
import * as accountPasskeysId from "../account/passkeys/[id]/route";
import * as accountConfirm from "../account/confirm/route";
import * as accountConfirmOptions from "../account/confirm/options/route";
import * as accountJoinableOrganizations from "../account/joinable-organizations/route";
import * as accountJoinableOrganizationsIdJoin from "../account/joinable-organizations/[id]/join/route";
import * as domains from "../domains/route";
import * as domainsId from "../domains/[id]/route";
import * as domainsIdVerify from "../domains/[id]/verify/route";
import * as me from "../me/route";
import * as organizations from "../organizations/route";
import * as organizationsSwitch from "../organizations/switch/route";
import * as organizationsIdRestore from "../organizations/[id]/restore/route";
import * as organizationsIdLogo from "../organizations/[id]/logo/route";
import * as organizationsCurrent from "../organizations/current/route";
import * as organizationsCurrentLogo from "../organizations/current/logo/route";
import * as organizationsCurrentMembers from "../organizations/current/members/route";
import * as organizationsCurrentMembersUserid from "../organizations/current/members/[userId]/route";
import * as organizationsCurrentMembersUseridRoles from "../organizations/current/members/[userId]/roles/route";
import * as organizationsCurrentTransfer from "../organizations/current/transfer/route";
import * as organizationsCurrentSecurity from "../organizations/current/security/route";
import * as organizationsCurrentSso from "../organizations/current/sso/route";
import * as organizationsCurrentScimToken from "../organizations/current/scim-token/route";
import * as authSso from "../auth/sso/route";
import * as authSsoStart from "../auth/sso/start/route";
import * as authSsoDiscover from "../auth/sso/discover/route";
import * as authSsoOidcCallback from "../auth/sso/oidc/callback/route";
import * as authSsoSamlMetadata from "../auth/sso/saml/[organizationId]/route";
import * as authSsoSamlAcs from "../auth/sso/saml/[organizationId]/acs/route";
import * as organizationsCurrentTransferAccept from "../organizations/current/transfer/accept/route";
import * as projects from "../projects/route";
import * as projectsId from "../projects/[id]/route";
import * as roles from "../roles/route";
import * as rolesId from "../roles/[id]/route";
import * as invites from "../invites/route";
import * as invitesId from "../invites/[id]/route";
import * as invitesIdResend from "../invites/[id]/resend/route";
import * as invitesAccept from "../invites/accept/route";
import * as inviteLinks from "../invite-links/route";
import * as inviteLinksId from "../invite-links/[id]/route";
import * as audit from "../audit/route";
import * as auditExport from "../audit/export/route";
import * as billing from "../billing/route";
import * as billingCheckout from "../billing/checkout/route";
import * as billingPortal from "../billing/portal/route";
import * as webhooksStripe from "../webhooks/stripe/route";
import * as apiKeys from "../api-keys/route";
import * as apiKeysId from "../api-keys/[id]/route";
import * as webhooksEndpoints from "../webhooks/endpoints/route";
import * as webhooksEndpointsId from "../webhooks/endpoints/[id]/route";
import * as webhooksEndpointsIdRotateSecret from "../webhooks/endpoints/[id]/rotate-secret/route";
import * as webhooksEndpointsIdTest from "../webhooks/endpoints/[id]/test/route";
import * as webhooksEndpointsIdDeliveries from "../webhooks/endpoints/[id]/deliveries/route";
import * as webhooksEndpointsIdDeliveriesDeliveryIdRedeliver from "../webhooks/endpoints/[id]/deliveries/[deliveryId]/redeliver/route";

/**
 * Every route of the JSON API, with a summary and the success status of each method; the rest of the document comes
 * from the handlers' declarations. tests/integration/openapi.test.ts fails when a route on disk is missing here.
 */
export const API_ROUTES: ApiRoute[] = [
  { path: "/api/auth/signup", module: authSignup, methods: { POST: ["Sign up (and create or join an organization)", 201] } },
  { path: "/api/auth/login", module: authLogin, methods: { POST: ["Sign in (or start a two-factor sign-in)", 200] } },
  {
    path: "/api/auth/login/second-factor",
    module: authLoginSecondFactor,
    methods: { POST: ["Finish a two-factor sign-in with a code or a recovery code", 200] },
  },
  { path: "/api/auth/passkey/options", module: authPasskeyOptions, methods: { POST: ["Options for a passkey sign-in", 200] } },
  { path: "/api/auth/passkey", module: authPasskey, methods: { POST: ["Sign in with a passkey", 200] } },
  { path: "/api/auth/logout", module: authLogout, methods: { POST: ["Sign out", 204] } },
  {
    path: "/api/auth/sso",
    module: authSso,
    methods: { POST: ["Single sign-on for this address? The identity provider's URL to go to, or null", 200] },
  },
  {
    path: "/api/auth/sso/discover",
    module: authSsoDiscover,
    methods: { POST: ["Does this address sign in with single sign-on (and must it)?", 200] },
  },
  {
    path: "/api/auth/sso/start",
    module: authSsoStart,
    methods: { GET: ["Go to an organization's identity provider (browser redirect)", 303] },
  },
  {
    path: "/api/auth/sso/oidc/callback",
    module: authSsoOidcCallback,
    methods: { GET: ["The way back from an OpenID provider (browser redirect)", 303] },
  },
  {
    path: "/api/auth/sso/saml/{organizationId}",
    module: authSsoSamlMetadata,
    methods: { GET: ["Our SAML service provider metadata for a connection (XML)", 200] },
  },
  {
    path: "/api/auth/sso/saml/{organizationId}/acs",
    module: authSsoSamlAcs,
    methods: { POST: ["The SAML Assertion Consumer Service (form post from the identity provider)", 303] },
  },
  { path: "/api/auth/verify-email", module: authVerifyEmail, methods: { POST: ["Confirm an email address with its emailed token", 200] } },
  { path: "/api/auth/verify-email/resend", module: authVerifyEmailResend, methods: { POST: ["Send the verification email again", 200] } },
  { path: "/api/auth/password-reset", module: authPasswordReset, methods: { POST: ["Ask for a password reset email", 202] } },
  {
    path: "/api/auth/password-reset/confirm",
    module: authPasswordResetConfirm,
    methods: { POST: ["Set a new password with a reset token", 204] },
  },
  { path: "/api/health", module: health, methods: { GET: ["Health check", 200] } },
  {
    path: "/api/account",
    module: account,
    methods: { GET: ["The signed-in person's account", 200], PATCH: ["Rename the account", 200], DELETE: ["Delete the account", 204] },
  },
  {
    path: "/api/account/email",
    module: accountEmail,
    methods: { POST: ["Start an email change", 202], DELETE: ["Cancel the email change under way", 204] },
  },
  { path: "/api/account/password", module: accountPassword, methods: { POST: ["Change the password", 200] } },
  {
    path: "/api/account/sessions",
    module: accountSessions,
    methods: { GET: ["The account's sessions", 200], DELETE: ["Sign out everywhere", 204] },
  },
  { path: "/api/account/sessions/{id}", module: accountSessionsId, methods: { DELETE: ["End one session", 204] } },
  {
    path: "/api/account/two-factor",
    module: accountTwoFactor,
    methods: { GET: ["Two-factor status", 200], DELETE: ["Turn off the authenticator app", 204] },
  },
  { path: "/api/account/two-factor/totp", module: accountTwoFactorTotp, methods: { POST: ["Start setting up an authenticator app", 201] } },
  {
    path: "/api/account/two-factor/totp/confirm",
    module: accountTwoFactorTotpConfirm,
    methods: { POST: ["Confirm the authenticator app (returns recovery codes)", 200] },
  },
  { path: "/api/account/two-factor/recovery-codes", module: accountTwoFactorRecoveryCodes, methods: { POST: ["New recovery codes", 200] } },
  { path: "/api/account/passkeys/options", module: accountPasskeysOptions, methods: { POST: ["Options to add a passkey", 200] } },
  {
    path: "/api/account/passkeys",
    module: accountPasskeys,
    methods: { GET: ["The account's passkeys", 200], POST: ["Add a passkey", 201] },
  },
  {
    path: "/api/account/passkeys/{id}",
    module: accountPasskeysId,
    methods: { PATCH: ["Rename a passkey", 200], DELETE: ["Remove a passkey", 204] },
  },
  { path: "/api/account/confirm/options", module: accountConfirmOptions, methods: { POST: ["Options for a step-up with a passkey", 200] } },
  {
    path: "/api/account/joinable-organizations",
    module: accountJoinableOrganizations,
    methods: { GET: ["Organizations your verified address lets you join", 200] },
  },
  {
    path: "/api/account/joinable-organizations/{id}/join",
    module: accountJoinableOrganizationsIdJoin,
    methods: { POST: ["Join one by your email's domain", 201] },
  },
  { path: "/api/domains", module: domains, methods: { GET: ["The organization's domains", 200], POST: ["Claim a domain", 201] } },
  {
    path: "/api/domains/{id}",
    module: domainsId,
    methods: { PATCH: ["How people at the domain join", 200], DELETE: ["Remove a domain", 204] },
  },
  { path: "/api/domains/{id}/verify", module: domainsIdVerify, methods: { POST: ["Check the domain's TXT record", 200] } },
  { path: "/api/account/confirm", module: accountConfirm, methods: { POST: ["Confirm the second factor again (step-up)", 200] } },
  { path: "/api/me", module: me, methods: { GET: ["Who is calling, in which organization, with which permissions", 200] } },
  { path: "/api/organizations", module: organizations, methods: { POST: ["Create an organization", 201] } },
  { path: "/api/organizations/switch", module: organizationsSwitch, methods: { POST: ["Switch the active organization", 200] } },
  { path: "/api/organizations/{id}/restore", module: organizationsIdRestore, methods: { POST: ["Restore a deleted organization", 200] } },
  { path: "/api/organizations/{id}/logo", module: organizationsIdLogo, methods: { GET: ["An organization's logo", 200] } },
  {
    path: "/api/organizations/current",
    module: organizationsCurrent,
    methods: {
      GET: ["The organization", 200],
      PATCH: ["Rename the organization or change its URL name", 200],
      DELETE: ["Delete the organization", 204],
    },
  },
  {
    path: "/api/organizations/current/logo",
    module: organizationsCurrentLogo,
    methods: { POST: ["Upload the logo", 200], DELETE: ["Remove the logo", 204] },
  },
  { path: "/api/organizations/current/members", module: organizationsCurrentMembers, methods: { GET: ["List members", 200] } },
  {
    path: "/api/organizations/current/members/{userId}",
    module: organizationsCurrentMembersUserid,
    methods: { PATCH: ["Change a member's base role", 200], DELETE: ["Remove a member, or leave", 204] },
  },
  {
    path: "/api/organizations/current/members/{userId}/roles",
    module: organizationsCurrentMembersUseridRoles,
    methods: { PUT: ["Set a member's custom roles", 200] },
  },
  {
    path: "/api/organizations/current/security",
    module: organizationsCurrentSecurity,
    methods: { GET: ["The security policy", 200], PATCH: ["Change the security policy", 200] },
  },
  {
    path: "/api/organizations/current/sso",
    module: organizationsCurrentSso,
    methods: {
      GET: ["The single sign-on connection", 200],
      PUT: ["Connect a SAML or OIDC identity provider", 200],
      DELETE: ["Remove the connection", 204],
    },
  },
  {
    path: "/api/organizations/current/scim-token",
    module: organizationsCurrentScimToken,
    methods: {
      GET: ["Directory sync (SCIM) status", 200],
      POST: ["A new SCIM bearer token (shown once)", 201],
      DELETE: ["Revoke the SCIM token", 204],
    },
  },
  {
    path: "/api/organizations/current/transfer",
    module: organizationsCurrentTransfer,
    methods: {
      GET: ["The ownership transfer waiting, if any", 200],
      POST: ["Nominate a new owner", 201],
      DELETE: ["Cancel or decline the transfer", 204],
    },
  },
  {
    path: "/api/organizations/current/transfer/accept",
    module: organizationsCurrentTransferAccept,
    methods: { POST: ["Accept ownership", 200] },
  },
  { path: "/api/projects", module: projects, methods: { GET: ["List projects", 200], POST: ["Create a project", 201] } },
  {
    path: "/api/projects/{id}",
    module: projectsId,
    methods: { GET: ["Read a project", 200], PATCH: ["Update a project", 200], DELETE: ["Delete a project", 204] },
  },
  { path: "/api/roles", module: roles, methods: { GET: ["List custom roles", 200], POST: ["Create a custom role", 201] } },
  { path: "/api/roles/{id}", module: rolesId, methods: { PATCH: ["Update a custom role", 200], DELETE: ["Delete a custom role", 204] } },
  { path: "/api/invites", module: invites, methods: { GET: ["List open invitations", 200], POST: ["Invite someone by email", 201] } },
  { path: "/api/invites/{id}", module: invitesId, methods: { DELETE: ["Revoke an invitation", 204] } },
  { path: "/api/invites/{id}/resend", module: invitesIdResend, methods: { POST: ["Send an invitation again with a new link", 200] } },
  { path: "/api/invites/accept", module: invitesAccept, methods: { POST: ["Accept an invitation", 200] } },
  { path: "/api/invite-links", module: inviteLinks, methods: { GET: ["List invite links", 200], POST: ["Create an invite link", 201] } },
  { path: "/api/invite-links/{id}", module: inviteLinksId, methods: { DELETE: ["Revoke an invite link", 204] } },
  { path: "/api/audit", module: audit, methods: { GET: ["Read the audit log", 200] } },
  { path: "/api/audit/export", module: auditExport, methods: { GET: ["Export the audit log as CSV", 200] } },
  { path: "/api/billing", module: billing, methods: { GET: ["Plan, usage and invoices", 200] } },
  { path: "/api/billing/checkout", module: billingCheckout, methods: { POST: ["Start a checkout", 201] } },
  { path: "/api/billing/portal", module: billingPortal, methods: { POST: ["Open the billing portal", 201] } },
  { path: "/api/webhooks/stripe", module: webhooksStripe, methods: { POST: ["Stripe's events (signed by Stripe)", 200] } },
  { path: "/api/api-keys", module: apiKeys, methods: { GET: ["List API keys", 200], POST: ["Create an API key", 201] } },
  { path: "/api/api-keys/{id}", module: apiKeysId, methods: { DELETE: ["Revoke an API key", 204] } },
  {
    path: "/api/webhooks/endpoints",
    module: webhooksEndpoints,
    methods: { GET: ["List webhook endpoints", 200], POST: ["Add a webhook endpoint", 201] },
  },
  {
    path: "/api/webhooks/endpoints/{id}",
    module: webhooksEndpointsId,
    methods: { PATCH: ["Change, enable or disable an endpoint", 200], DELETE: ["Delete an endpoint", 204] },
  },
  {
    path: "/api/webhooks/endpoints/{id}/rotate-secret",
    module: webhooksEndpointsIdRotateSecret,
    methods: { POST: ["Rotate an endpoint's signing secret", 200] },
  },
  { path: "/api/webhooks/endpoints/{id}/test", module: webhooksEndpointsIdTest, methods: { POST: ["Send a test event", 202] } },
  {
    path: "/api/webhooks/endpoints/{id}/deliveries",
    module: webhooksEndpointsIdDeliveries,
    methods: { GET: ["An endpoint's delivery log", 200] },
  },
  {
    path: "/api/webhooks/endpoints/{id}/deliveries/{deliveryId}/redeliver",
    module: webhooksEndpointsIdDeliveriesDeliveryIdRedeliver,
    methods: { POST: ["Send one delivery again", 202] },
  },
];
