import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { GET as oidcCallbackRoute } from "../../app/api/auth/sso/oidc/callback/route";
import { POST as discoverRoute } from "../../app/api/auth/sso/route";
import { PUT as saveConnectionRoute } from "../../app/api/organizations/current/sso/route";
import { freshDomain, verifyDomain } from "./domains";
import { signUpUser } from "./factories";
import { call, sessionTokenOf } from "./http";
import { samlIdpMetadata } from "./identity-provider";
import { followToCallback, type OidcProvider } from "./oidc-provider";

export const OIDC_CALLBACK = "http://localhost:3000/api/auth/sso/oidc/callback";

/** An organization whose owner, at a fresh domain, verified it and connected an identity provider through the routes. */
export async function ssoOrganization(
  connection: { protocol: "OIDC"; provider: OidcProvider } | { protocol: "SAML"; allowIdpInitiated?: boolean },
  options: { defaultRole?: "ADMIN" | "MEMBER" | "GUEST" } = {},
) {
  const domain = freshDomain();
  const owner = await signUpUser({ email: `owner@${domain}`, organizationName: `Corp ${domain.slice(5, 13)}` });
  await verifyDomain(owner.token, domain);
  const body =
    connection.protocol === "OIDC"
      ? {
          protocol: "OIDC",
          issuer: connection.provider.issuer,
          clientId: connection.provider.clientId,
          clientSecret: connection.provider.clientSecret,
          ...options,
        }
      : { protocol: "SAML", metadataXml: samlIdpMetadata(), allowIdpInitiated: connection.allowIdpInitiated ?? false, ...options };
  const saved = await call(saveConnectionRoute, "PUT", "/api/organizations/current/sso", { token: owner.token, body });
  expect(saved.status, await saved.clone().text()).toBe(200);
  const { connection: view } = await saved.json();
  return { owner, domain, connection: view as { id: string; serviceProvider: { samlEntityId: string; samlAcsUrl: string } } };
}

/** A person the provider knows, at `domain`. */
export function providerAccount(provider: OidcProvider, domain: string, name = "Grace Hopper") {
  const email = `${name.split(" ")[0]!.toLowerCase()}-${randomBytes(3).toString("hex")}@${domain}`;
  const account = { sub: `sub-${randomBytes(6).toString("hex")}`, email, name };
  provider.accounts.set(email, account);
  return account;
}

/** The login page's first step for `email`: the provider URL to go to, and the attempt cookie. */
export async function startSso(email: string, next?: string) {
  const response = await call(discoverRoute, "POST", "/api/auth/sso", { body: { email, ...(next ? { next } : {}) } });
  expect(response.status, await response.clone().text()).toBe(200);
  const { redirectUrl } = (await response.json()) as { redirectUrl: string | null };
  const attempt = response.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith("sso_attempt="))
    ?.split(";")[0]
    ?.slice("sso_attempt=".length);
  return { redirectUrl, attempt };
}

/** The whole OIDC sign-in of `email`, as a browser does it: to the provider and back with the code. */
export async function signInWithOidc(email: string, options: { next?: string; attempt?: string | null } = {}) {
  const started = await startSso(email, options.next);
  expect(started.redirectUrl).toBeTruthy();
  const back = await followToCallback(started.redirectUrl!, OIDC_CALLBACK);
  const attempt = options.attempt === undefined ? started.attempt : options.attempt;
  const response = await call(oidcCallbackRoute, "GET", `${back.pathname}${back.search}`, {
    headers: attempt ? { cookie: `sso_attempt=${attempt}` } : {},
  });
  return { response, token: sessionTokenOf(response), location: response.headers.get("location"), back, attempt: started.attempt };
}
