import "server-only";
import { env } from "@/env";
import { bearerSecret } from "@/server/auth/api-key-context";
import { fail, type Failure } from "@/server/results/result";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

type RequestOrigin = { method: string; origin: string | null; fetchSite: string | null; host: string | null };
type OwnOrigins = { appUrl: string; rootDomain: string | undefined };

/**
 * CSRF defence for route handlers (cookies are SameSite=Lax too, and Server Actions have Next.js's own check). A
 * mutation is refused when the browser says it comes from another site: an `Origin` that is not ours, or, without
 * one, a `Sec-Fetch-Site` other than same-origin / none (typed URL). Requests with neither header are not from a
 * browser page (curl, server-to-server clients) and carry no ambient credentials to abuse.
 */
export function isCrossSiteMutation(request: RequestOrigin, own: OwnOrigins): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  if (request.origin !== null) return !isOwnOrigin(request.origin, request.host, own);
  return request.fetchSite !== null && request.fetchSite !== "same-origin" && request.fetchSite !== "none";
}

/** Ours: the host the request was sent to, APP_URL's, or (with ROOT_DOMAIN) an organization's subdomain. */
function isOwnOrigin(origin: string, host: string | null, own: OwnOrigins): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    // "null" (sandboxed frames, opaque redirects) and anything unparsable.
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (host !== null && url.host === host.toLowerCase()) return true;
  if (url.host === new URL(own.appUrl).host) return true;
  const domain = own.rootDomain;
  return domain !== undefined && (url.hostname === domain || url.hostname.endsWith(`.${domain}`));
}

/** The 403 for a cross-site mutation of this request, or null. */
export function crossSiteRefusal(request: Request, { acceptsApiKeys = false }: { acceptsApiKeys?: boolean } = {}): Failure | null {
  // An API key is sent by its holder, not attached by the browser: nothing ambient to abuse, so an organization route
  // called with one needs no Origin (and is never judged by a cookie beside it: auth/context.ts). Elsewhere a
  // bearer header changes nothing: sign-in and the account API keep their check.
  if (acceptsApiKeys && bearerSecret(request) !== null) return null;
  const { headers } = request;
  const crossSite = isCrossSiteMutation(
    {
      method: request.method,
      origin: headers.get("origin"),
      fetchSite: headers.get("sec-fetch-site"),
      // Behind a proxy, the host the browser asked for.
      host: headers.get("x-forwarded-host") ?? headers.get("host"),
    },
    { appUrl: env.APP_URL, rootDomain: env.ROOT_DOMAIN },
  );
  return crossSite
    ? fail("FORBIDDEN_ORIGIN", "This request came from another website, so it was refused. Use Orgstack's own pages.")
    : null;
}
