// The WebAuthn relying party of a deployment, as a pure function of its configuration (unit-tested).

export type RelyingParty = { id: string; allowedOrigin: (origin: string | null) => string | null };

/**
 * The RP ID is ROOT_DOMAIN when the app lives on it or under it (a passkey made on acme.example.com then also works
 * on example.com and globex.example.com): else APP_URL's host, which a passkey is then bound to. A ceremony may come
 * from APP_URL's origin, or — under ROOT_DOMAIN — from one organization subdomain with the same scheme and port. The
 * browser signs the origin it ran on into the response; the verifier compares it to this.
 */
export function relyingPartyOf({ appUrl, rootDomain }: { appUrl: string; rootDomain: string | undefined }): RelyingParty {
  const app = new URL(appUrl);
  const underRoot = rootDomain !== undefined && (app.hostname === rootDomain || app.hostname.endsWith(`.${rootDomain}`));
  return {
    id: underRoot ? rootDomain : app.hostname,
    allowedOrigin(origin) {
      if (!origin) return null;
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        return null;
      }
      if (url.origin === app.origin) return url.origin;
      if (!underRoot || url.protocol !== app.protocol || url.port !== app.port || !url.hostname.endsWith(`.${rootDomain}`)) return null;
      // One label: acme.example.com, not a.b.example.com.
      return /^[a-z0-9-]+$/.test(url.hostname.slice(0, -(rootDomain.length + 1))) ? url.origin : null;
    },
  };
}
