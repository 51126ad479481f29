import "server-only";
import * as oidc from "openid-client";
import { fail, type Result } from "@/server/results/result";
import { unseal } from "@/server/jobs/seal";
import { refuseOutboundUrl } from "@/server/webhooks/ssrf";
import type { ProvidedIdentity } from "./identity";
import { oidcRedirectUri } from "./urls";

export type OidcConnection = { id: string; oidcIssuer: string | null; oidcClientId: string | null; oidcClientSecretSealed: string | null };

/** The key the client secrets are sealed under (jobs/seal.ts): a purpose of its own. */
export const OIDC_CLIENT_SECRET = "orgstack oidc client secret v1";

/**
 * The provider's configuration, read from its discovery document. The issuer is checked like every URL the server
 * is made to call (webhooks/ssrf.ts) each time, not only when it was saved: DNS can change in between.
 */
async function configurationOf(connection: OidcConnection): Promise<Result<{ config: oidc.Configuration }>> {
  const { oidcIssuer: issuer, oidcClientId: clientId, oidcClientSecretSealed: sealed } = connection;
  if (!issuer || !clientId || !sealed) return fail("SSO_FAILED", "This organization's OpenID Connect connection is incomplete.");
  const refused = await refuseOutboundUrl(issuer, { what: "Issuer URLs", example: "https://idp.example.com", reaches: "sign-ins" });
  if (refused) return fail("SSO_FAILED", refused);
  try {
    const url = new URL(issuer);
    const config = await oidc.discovery(url, clientId, unseal<string>(sealed, OIDC_CLIENT_SECRET), undefined, {
      // http is for a provider on this machine (development, the tests' own provider): the URL check above allowed it.
      execute: url.protocol === "http:" ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    });
    return { ok: true, config };
  } catch (error) {
    return fail(
      "SSO_UNAVAILABLE",
      `The identity provider could not be reached or answered oddly (${error instanceof Error ? error.message : "no detail"}). Try again in a moment.`,
    );
  }
}

/** Checks an issuer as the settings save it: reachable, and its discovery document is OpenID Connect's. */
export async function checkIssuer(connection: OidcConnection): Promise<string | null> {
  const result = await configurationOf(connection);
  return result.ok ? null : result.message;
}

/** The provider's authorization URL for this attempt: code flow with PKCE, a nonce, and the attempt id as state. */
export async function oidcSignInUrl(
  connection: OidcConnection,
  state: string,
  loginHint: string | null,
): Promise<Result<{ url: string; nonce: string; codeVerifier: string }>> {
  const configured = await configurationOf(connection);
  if (!configured.ok) return configured;
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(configured.config, {
    redirect_uri: oidcRedirectUri(),
    scope: "openid email profile",
    response_type: "code",
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    ...(loginHint ? { login_hint: loginHint } : {}),
  });
  return { ok: true, url: url.href, nonce, codeVerifier };
}

/**
 * Redeems the code the browser brought back: openid-client checks the state, the PKCE verifier, the ID token's
 * signature (the provider's JWKS), issuer, audience, expiry and nonce. The subject is `sub`, stable per provider.
 */
export async function verifyOidcCallback(
  connection: OidcConnection,
  callbackUrl: URL,
  attempt: { id: string; nonce: string | null; codeVerifier: string | null },
): Promise<Result<{ identity: ProvidedIdentity }>> {
  const configured = await configurationOf(connection);
  if (!configured.ok) return configured;
  let claims:
    (oidc.IDToken & { email?: unknown; email_verified?: unknown; name?: unknown; given_name?: unknown; family_name?: unknown }) | undefined;
  try {
    const tokens = await oidc.authorizationCodeGrant(configured.config, callbackUrl, {
      expectedState: attempt.id,
      expectedNonce: attempt.nonce ?? undefined,
      pkceCodeVerifier: attempt.codeVerifier ?? undefined,
      idTokenExpected: true,
    });
    claims = tokens.claims();
    // Providers that follow the spec to the letter (and Entra ID, without optional claims) put the profile in
    // UserInfo, not in the ID token: asked for the same subject, or openid-client refuses the answer.
    if (claims && typeof claims.email !== "string")
      claims = { ...claims, ...(await oidc.fetchUserInfo(configured.config, tokens.access_token, claims.sub)) };
  } catch (error) {
    return fail(
      "SSO_FAILED",
      `The identity provider's answer was refused: ${error instanceof Error ? error.message : "it could not be read"}.`,
    );
  }
  if (!claims) return fail("SSO_FAILED", "The identity provider sent no ID token.");
  // A provider that says the address is unverified is not vouching for it (Entra ID says nothing: it is its directory's).
  const email = typeof claims.email === "string" && claims.email_verified !== false ? claims.email : null;
  const name =
    typeof claims.name === "string"
      ? claims.name
      : [claims.given_name, claims.family_name].filter((part) => typeof part === "string").join(" ") || null;
  return { ok: true, identity: { subject: claims.sub, email, name } };
}
