import "server-only";
import { randomBytes } from "node:crypto";
import { env } from "@/env";
import { domainOfEmail } from "@/lib/free-mail-domains";
import { safeNextPath } from "@/lib/safe-redirect";
import { emailField } from "@/lib/validation/fields";
import { recordAudit } from "@/server/audit/record";
import type { SignedIn } from "@/server/auth/login";
import { createSession } from "@/server/auth/sessions";
import { queueSeatSync } from "@/server/billing/seats";
import { db, type Role, type SsoProtocol, type Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Failure, type Result } from "@/server/results/result";
import { noFreeSeat } from "@/server/invites/join";
import { publicUserSelect } from "@/server/users/dto";
import { consumeAttempt, storeAttempt, type SignInAttempt } from "./attempts";
import { CONNECTION_SETTINGS } from "./connections";
import type { ProvidedIdentity } from "./identity";
import { oidcSignInUrl, verifyOidcCallback } from "./oidc";
import { samlSignInUrl, verifySamlResponse } from "./saml";

const connectionSelect = {
  ...CONNECTION_SETTINGS,
  organization: { select: { id: true, name: true, slug: true, requireSso: true, deletedAt: true } },
} as const;

type Connection = NonNullable<Awaited<ReturnType<typeof loadConnection>>>;

function loadConnection(where: { id: string } | { organizationId: string }) {
  return db.ssoConnection.findFirst({ where: { ...where, enabled: true, organization: { deletedAt: null } }, select: connectionSelect });
}

/** Where an address signs in: the enabled connection of the organization that verified its domain, if there is one. */
export async function connectionForEmail(email: string): Promise<Connection | null> {
  const domain = await db.organizationDomain.findFirst({
    where: { domain: domainOfEmail(email), verifiedAt: { not: null }, lapsedAt: null, organization: { deletedAt: null } },
    select: { organizationId: true },
  });
  return domain ? loadConnection({ organizationId: domain.organizationId }) : null;
}

export type SsoDiscovery = { sso: null } | { sso: { protocol: SsoProtocol; required: boolean } };

/**
 * The login page's first step: does this address sign in through an identity provider? It tells nothing of whether
 * an account exists, nor which organization it is — only that the domain has single sign-on, which the redirect to
 * its provider would show anyway.
 */
export async function discoverSso(email: string): Promise<SsoDiscovery> {
  const connection = await connectionForEmail(email);
  if (!connection) return { sso: null };
  return { sso: { protocol: connection.protocol, required: connection.organization.requireSso } };
}

/**
 * Sends the browser to the identity provider: a single-use attempt remembers what the answer must match (the SAML
 * request ID, or the OIDC nonce and PKCE verifier) and where to go after (`next`).
 */
export async function startSsoSignIn(
  connection: Connection,
  options: { next?: string | null; loginHint?: string | null },
): Promise<Result<{ url: string; attemptId: string }>> {
  const id = randomBytes(24).toString("base64url");
  const next = options.next ? safeNextPath(options.next) : null;
  let attempt: SignInAttempt;
  let url: string;
  if (connection.protocol === "SAML") {
    const request = await samlSignInUrl(connection, id);
    attempt = { id, connectionId: connection.id, requestId: request.requestId, nonce: null, codeVerifier: null, next };
    url = request.url;
  } else {
    const request = await oidcSignInUrl(connection, id, options.loginHint ?? null);
    if (!request.ok) return request;
    attempt = { id, connectionId: connection.id, requestId: null, nonce: request.nonce, codeVerifier: request.codeVerifier, next };
    url = request.url;
  }
  await storeAttempt(attempt);
  return { ok: true, url, attemptId: id };
}

/** Starts the sign-in of an organization by id (the "sign in with SSO" link a required-SSO page sends people to). */
export async function startSsoForOrganization(
  organizationId: string,
  next: string | null,
): Promise<Result<{ url: string; attemptId: string }>> {
  const connection = await loadConnection({ organizationId });
  if (!connection) return fail("NOT_FOUND", "This organization has no single sign-on set up.");
  return startSsoSignIn(connection, { next });
}

export type SsoSignedIn = SignedIn & { next: string | null };

/**
 * The SAML response posted to a connection's ACS. With a RelayState, it answers the attempt it names, which must
 * be this browser's (`browserAttempt`, the cookie it was given) — a response captured elsewhere and posted here
 * signs no one in. Without one it is IdP-initiated, accepted only where the owners allow it.
 */
export async function completeSamlSignIn(
  organizationId: string,
  input: { SAMLResponse: string; RelayState?: string },
  browserAttempt: string | null,
  meta: RequestMeta,
): Promise<Result<SsoSignedIn>> {
  const connection = await loadConnection({ organizationId });
  if (!connection || connection.protocol !== "SAML")
    return fail("NOT_FOUND", "This single sign-on connection does not exist, or is turned off.");
  let attempt: SignInAttempt | null = null;
  if (input.RelayState) {
    const taken = await consumeAttempt(input.RelayState);
    attempt = taken?.connectionId === connection.id ? taken : null;
    if (attempt) {
      // On http the cookie cannot come along with a cross-site POST (browser.ts); on https it must.
      const bound = browserAttempt ?? (env.APP_URL.startsWith("https:") ? null : attempt.id);
      if (bound !== attempt.id) return expiredAttempt();
    } else if (!connection.samlAllowIdpInitiated) {
      return expiredAttempt();
    }
    // An IdP-initiated response may carry a RelayState of the IdP's own (Okta's default one): it names no attempt.
  }
  const verified = await verifySamlResponse(connection, input.SAMLResponse, attempt?.requestId ?? null);
  if (!verified.ok) return verified;
  return signInWithIdentity(connection, verified.identity, meta, attempt?.next ?? null);
}

/** The browser back from an OpenID provider: the state must be the attempt this browser started (its cookie). */
export async function completeOidcSignIn(callbackUrl: URL, browserAttempt: string | null, meta: RequestMeta): Promise<Result<SsoSignedIn>> {
  const state = callbackUrl.searchParams.get("state");
  if (!state || state !== browserAttempt) return expiredAttempt();
  // Taken first, whatever follows: an answer gets one chance.
  const attempt = await consumeAttempt(state);
  const connection = attempt ? await loadConnection({ id: attempt.connectionId }) : null;
  if (!attempt || !connection || connection.protocol !== "OIDC") return expiredAttempt();
  const error = callbackUrl.searchParams.get("error");
  if (error)
    return fail("SSO_FAILED", `The identity provider did not sign you in: ${callbackUrl.searchParams.get("error_description") ?? error}.`);
  const verified = await verifyOidcCallback(connection, callbackUrl, attempt);
  if (!verified.ok) return verified;
  return signInWithIdentity(connection, verified.identity, meta, attempt.next);
}

/**
 * The person the identity provider vouched for, signed in to its organization, in one transaction: found by the
 * provider's subject (never only by an address, which can be reassigned); the first time, by an address at one of
 * the organization's verified domains — the account with it, or a new one (just-in-time). A person who is not a
 * member yet becomes one with the connection's default role, unless a directory (SCIM) decides membership: then
 * only the people it provisioned get in.
 */
async function signInWithIdentity(
  connection: Connection,
  identity: ProvidedIdentity,
  meta: RequestMeta,
  next: string | null,
): Promise<Result<SsoSignedIn>> {
  const organization = { id: connection.organization.id, name: connection.organization.name, slug: connection.organization.slug };
  return db.$transaction(async (tx) => {
    const found = await userOf(tx, connection, identity);
    if (!found.ok) return found;
    const { userId } = found;
    let membership = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: organization.id, userId } },
      select: { role: true },
    });
    if (!membership) {
      const joined = await provision(tx, connection, userId, meta);
      if (!joined.ok) return joined;
      membership = { role: joined.role };
    }
    const session = await createSession(tx, { userId, organization, role: membership.role, meta, ssoOrganizationId: organization.id });
    const user = await tx.user.update({
      where: { id: userId },
      data: { lastActiveOrganizationId: organization.id },
      select: publicUserSelect,
    });
    await recordAudit(tx, {
      organizationId: organization.id,
      actorId: userId,
      action: "sso.signed_in",
      targetType: "user",
      targetId: userId,
      metadata: { protocol: connection.protocol, subject: identity.subject },
      meta,
    });
    return { ok: true as const, status: "signed_in" as const, user, organization, role: membership.role, session, next };
  });
}

async function userOf(tx: Tx, connection: Connection, identity: ProvidedIdentity): Promise<Result<{ userId: string }>> {
  const organizationId = connection.organization.id;
  const known = await tx.ssoIdentity.findUnique({
    where: { connectionId_subject: { connectionId: connection.id, subject: identity.subject } },
    select: { id: true, userId: true },
  });
  if (known) {
    await tx.ssoIdentity.update({ where: { id: known.id }, data: { lastSignInAt: new Date() } });
    return { ok: true, userId: known.userId };
  }
  const email = identity.email ? emailField.safeParse(identity.email) : null;
  if (!email?.success)
    return fail(
      "SSO_FAILED",
      "The identity provider did not vouch for your email address: ask your administrator to send a verified email claim (or attribute).",
    );
  const domains = await tx.organizationDomain.findMany({
    where: { organizationId, verifiedAt: { not: null }, lapsedAt: null },
    select: { domain: true },
  });
  if (!domains.some(({ domain }) => domain === domainOfEmail(email.data))) {
    return fail(
      "SSO_FAILED",
      `${connection.organization.name}'s identity provider signed in ${email.data}, which is not at one of its verified domains.`,
    );
  }
  // The organization proved it holds the domain, so its identity provider speaks for the addresses at it.
  const user =
    (await tx.user.findUnique({ where: { email: email.data }, select: { id: true } })) ??
    (await tx.user.create({
      // No password: this person signs in through their identity provider (a reset can give them one).
      data: {
        email: email.data,
        name: identity.name?.slice(0, 100) || email.data.split("@")[0]!,
        passwordHash: "",
        emailVerifiedAt: new Date(),
      },
      select: { id: true },
    }));
  await tx.ssoIdentity.create({ data: { organizationId, connectionId: connection.id, subject: identity.subject, userId: user.id } });
  return { ok: true, userId: user.id };
}

async function provision(tx: Tx, connection: Connection, userId: string, meta: RequestMeta): Promise<Result<{ role: Role }>> {
  const organization = connection.organization;
  const directory = await tx.scimToken.findUnique({ where: { organizationId: organization.id }, select: { id: true } });
  if (directory) {
    return fail(
      "SSO_NOT_PROVISIONED",
      `${organization.name} manages its members through its directory, and it has not given you access. Ask your administrator.`,
    );
  }
  const full: Failure | null = await noFreeSeat(tx, organization, connection.defaultRole);
  if (full) return full;
  await tx.membership.create({ data: { organizationId: organization.id, userId, role: connection.defaultRole }, select: { id: true } });
  await recordAudit(tx, {
    organizationId: organization.id,
    actorId: userId,
    action: "member.provisioned",
    targetType: "user",
    targetId: userId,
    metadata: { by: "sso", protocol: connection.protocol, role: connection.defaultRole },
    meta,
  });
  await queueSeatSync(tx, organization.id);
  return { ok: true, role: connection.defaultRole };
}

function expiredAttempt() {
  return fail("SSO_FAILED", "This sign-in expired or was started in another browser. Start again from the login page.");
}
