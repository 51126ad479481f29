import "server-only";
import { env } from "@/env";

/**
 * Our SAML entity ID for an organization's connection: also where its metadata is served
 * (app/api/auth/sso/saml/[organizationId]). Named by the organization, not the connection, so the owner can give it
 * to their identity provider before the connection exists, and it survives replacing the connection.
 */
export function samlEntityIdOf(organizationId: string): string {
  return `${env.APP_URL}/api/auth/sso/saml/${organizationId}`;
}

/** Where the identity provider posts its SAML response (the Assertion Consumer Service). */
export function samlAcsUrlOf(organizationId: string): string {
  return `${samlEntityIdOf(organizationId)}/acs`;
}

/** Where an OpenID provider sends the browser back: one for every connection (the state names the sign-in). */
export function oidcRedirectUri(): string {
  return `${env.APP_URL}/api/auth/sso/oidc/callback`;
}
