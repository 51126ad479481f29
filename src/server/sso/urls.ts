import "server-only";
import { env } from "@/env";

/** Our SAML entity ID for one connection: also where its metadata is served (app/api/auth/sso/saml/[connectionId]). */
export function samlEntityIdOf(connectionId: string): string {
  return `${env.APP_URL}/api/auth/sso/saml/${connectionId}`;
}

/** Where the identity provider posts its SAML response (the Assertion Consumer Service). */
export function samlAcsUrlOf(connectionId: string): string {
  return `${samlEntityIdOf(connectionId)}/acs`;
}

/** Where an OpenID provider sends the browser back: one for every connection (the state names the sign-in). */
export function oidcRedirectUri(): string {
  return `${env.APP_URL}/api/auth/sso/oidc/callback`;
}
