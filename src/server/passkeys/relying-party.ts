import "server-only";
import { env } from "@/env";

/**
 * Who passkeys are for. The RP ID is ROOT_DOMAIN when organizations have subdomains (a passkey made on
 * acme.example.com then also works on example.com and globex.example.com), else APP_URL's host.
 */
export function relyingPartyId(): string {
  return env.ROOT_DOMAIN ?? new URL(env.APP_URL).hostname;
}

export const RELYING_PARTY_NAME = "Orgstack";

/**
 * The origin a ceremony may come from, or null: APP_URL's, or one organization subdomain of ROOT_DOMAIN with the
 * same scheme and port. The browser signs the origin it ran on into the response; the verifier compares it to this.
 */
export function allowedOrigin(origin: string | null): string | null {
  if (!origin) return null;
  const app = new URL(env.APP_URL);
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  if (url.origin === app.origin) return url.origin;
  const root = env.ROOT_DOMAIN;
  if (root && url.protocol === app.protocol && url.port === app.port && /^[a-z0-9-]+$/.test(url.hostname.slice(0, -(root.length + 1))) && url.hostname.endsWith(`.${root}`)) {
    return url.origin;
  }
  return null;
}
