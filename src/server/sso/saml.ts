import "server-only";
import { SAML, ValidateInResponseTo, type CacheProvider, type Profile } from "@node-saml/node-saml";
import { DOMParser } from "@xmldom/xmldom";
import { db } from "@/server/db";
import { fail, type Result } from "@/server/results/result";
import type { ProvidedIdentity } from "./identity";
import { samlAcsUrlOf, samlEntityIdOf } from "./urls";

export type SamlConnection = {
  id: string;
  organizationId: string;
  samlEntityId: string | null;
  samlSsoUrl: string | null;
  samlCertificates: string[];
  samlAllowIdpInitiated: boolean;
};

/** Clocks of two servers disagree a little; more than this and an assertion is not yet (or no longer) valid. */
const CLOCK_SKEW_MS = 2 * 60 * 1000;
const REQUEST_LIFETIME_MS = 10 * 60 * 1000;

/**
 * node-saml asks a cache whether an InResponseTo names a request we sent. Ours knows the one request this sign-in
 * attempt sent (attempts.ts keeps it, single use), and remembers the ID node-saml generates when it builds one.
 */
class OneRequestCache implements CacheProvider {
  constructor(public requestId: string | null = null) {}
  async saveAsync(key: string, value: string) {
    this.requestId = key;
    return { value, createdAt: Date.now() };
  }
  async getAsync(key: string) {
    // node-saml reads the value as the request's time; the attempt's own expiry (attempts.ts) already held.
    return key === this.requestId ? new Date().toISOString() : null;
  }
  async removeAsync(key: string | null) {
    return key;
  }
}

function samlOf(connection: SamlConnection, cache: OneRequestCache, answering: boolean): SAML {
  return new SAML({
    issuer: samlEntityIdOf(connection.organizationId),
    callbackUrl: samlAcsUrlOf(connection.organizationId),
    audience: samlEntityIdOf(connection.organizationId),
    entryPoint: connection.samlSsoUrl ?? undefined,
    idpCert: connection.samlCertificates,
    // The assertion itself must carry a valid signature by one of the connection's certificates, whether or not the
    // response around it is signed: a signed envelope around an unsigned assertion proves nothing about its subject.
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    acceptedClockSkewMs: CLOCK_SKEW_MS,
    requestIdExpirationPeriodMs: REQUEST_LIFETIME_MS,
    // An answer to one of our requests must name it; an unasked one (IdP-initiated) only where the owners allow it.
    validateInResponseTo: answering && cache.requestId === null ? ValidateInResponseTo.never : ValidateInResponseTo.always,
    cacheProvider: cache,
    identifierFormat: null,
    // Entra ID refuses a requested "password" context when the person used something stronger.
    disableRequestedAuthnContext: true,
    signatureAlgorithm: "sha256",
  });
}

/** The identity provider's sign-on URL with our AuthnRequest (HTTP-Redirect), and that request's ID. */
export async function samlSignInUrl(connection: SamlConnection, relayState: string): Promise<{ url: string; requestId: string }> {
  const cache = new OneRequestCache();
  const url = await samlOf(connection, cache, false).getAuthorizeUrlAsync(relayState, undefined, {});
  return { url, requestId: cache.requestId! };
}

const ENTRA_OBJECT_ID = "http://schemas.microsoft.com/identity/claims/objectidentifier";
const EMAIL_CLAIMS = [
  "email",
  "mail",
  "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
  "urn:oid:0.9.2342.19200300.100.1.3",
];
const GIVEN_NAME = [
  "firstName",
  "givenName",
  "given_name",
  "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname",
  "urn:oid:2.5.4.42",
];
const FAMILY_NAME = [
  "lastName",
  "surname",
  "family_name",
  "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname",
  "urn:oid:2.5.4.4",
];
const DISPLAY_NAME = [
  "displayName",
  "name",
  "http://schemas.microsoft.com/identity/claims/displayname",
  "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
];

function firstOf(profile: Profile, names: string[]): string | undefined {
  for (const name of names) {
    const value = profile[name] ?? (profile.attributes as Record<string, unknown> | undefined)?.[name];
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && first.trim()) return first.trim();
  }
  return undefined;
}

type ParsedAssertion = {
  Assertion?: {
    $?: { ID?: string };
    Conditions?: { $?: { NotOnOrAfter?: string } }[];
    Subject?: { SubjectConfirmation?: { SubjectConfirmationData?: { $?: { Recipient?: string } }[] }[] }[];
  };
};

/**
 * Checks a posted SAMLResponse against the connection and, for an answer to our request, the attempt's request ID:
 * the assertion's signature (node-saml verifies the signed bytes and reads only those, so a wrapped copy beside them
 * is refused), audience, time window with two minutes of skew, InResponseTo; then, here, the issuer, destination and
 * recipient, and the assertion's ID, which is good once until it expires (replay).
 */
export async function verifySamlResponse(
  connection: SamlConnection,
  samlResponse: string,
  requestId: string | null,
): Promise<Result<{ identity: ProvidedIdentity }>> {
  if (requestId === null && !connection.samlAllowIdpInitiated) {
    return invalid(
      "This identity provider sent a sign-in we did not ask for, and its organization does not accept those. Start the sign-in from Orgstack.",
    );
  }
  const acsUrl = samlAcsUrlOf(connection.organizationId);
  let profile: Profile | null;
  try {
    ({ profile } = await samlOf(connection, new OneRequestCache(requestId), true).validatePostResponseAsync({
      SAMLResponse: samlResponse,
    }));
  } catch (error) {
    return invalid(`The identity provider's answer was refused: ${error instanceof Error ? error.message : "it could not be read"}.`);
  }
  if (!profile) return invalid("The identity provider's answer holds no sign-in.");
  if (profile.issuer !== connection.samlEntityId)
    return invalid("The answer was issued by another identity provider than this connection's.");

  const destination = destinationOf(samlResponse);
  if (destination !== null && destination !== acsUrl) return invalid("The answer was addressed to another service.");
  const assertion = (profile.getAssertion?.() as ParsedAssertion | undefined)?.Assertion;
  const recipient = assertion?.Subject?.[0]?.SubjectConfirmation?.[0]?.SubjectConfirmationData?.[0]?.$?.Recipient;
  if (recipient !== undefined && recipient !== acsUrl) return invalid("The assertion was meant for another service.");
  const assertionId = assertion?.$?.ID;
  if (!assertionId) return invalid("The assertion has no ID.");
  const notOnOrAfter = Date.parse(assertion.Conditions?.[0]?.$?.NotOnOrAfter ?? "");
  const expiresAt = new Date((Number.isNaN(notOnOrAfter) ? Date.now() + 60 * 60 * 1000 : notOnOrAfter) + CLOCK_SKEW_MS);
  const spent = await db.$executeRaw`
    INSERT INTO "SamlAssertionUse" ("connectionId", "assertionId", "expiresAt") VALUES (${connection.id}, ${assertionId}, ${expiresAt})
    ON CONFLICT DO NOTHING`;
  if (spent === 0) return invalid("This assertion was used already. Sign in again from the start.");
  await db.samlAssertionUse.deleteMany({ where: { expiresAt: { lt: new Date() } } });

  const given = firstOf(profile, GIVEN_NAME);
  const family = firstOf(profile, FAMILY_NAME);
  const email = firstOf(profile, EMAIL_CLAIMS) ?? (profile.nameIDFormat?.endsWith(":emailAddress") ? profile.nameID : undefined);
  return {
    ok: true,
    identity: {
      // Entra ID's object ID outlives a renamed address; elsewhere the NameID is the subject (persistent, ideally).
      subject: firstOf(profile, [ENTRA_OBJECT_ID]) ?? profile.nameID,
      email: email ?? null,
      name: firstOf(profile, DISPLAY_NAME) ?? ([given, family].filter(Boolean).join(" ") || null),
    },
  };
}

function destinationOf(samlResponse: string): string | null {
  try {
    const doc = new DOMParser({ errorHandler: { error: () => {}, fatalError: () => {} } }).parseFromString(
      Buffer.from(samlResponse, "base64").toString("utf8"),
      "text/xml",
    );
    return doc?.documentElement?.getAttribute("Destination") || null;
  } catch {
    return null;
  }
}

function invalid(message: string) {
  return fail("SSO_FAILED", message);
}

/** Our service provider metadata for an organization's SAML connection (entity ID, ACS URL); null without one. */
export async function serviceProviderMetadata(organizationId: string): Promise<string | null> {
  const connection = await db.ssoConnection.findFirst({
    where: { organizationId, protocol: "SAML" },
    select: { id: true, organizationId: true, samlEntityId: true, samlSsoUrl: true, samlCertificates: true, samlAllowIdpInitiated: true },
  });
  if (!connection) return null;
  return samlOf(connection, new OneRequestCache(), false).generateServiceProviderMetadata(null, null);
}
