// Optimistic routing only: it reads the signed cookie, never the database. Pages and route handlers re-check the
// session and membership in the database on every request; this just saves a round trip for obvious cases.
import { NextResponse, type NextRequest } from "next/server";
import { env, sessionKeys } from "@/env";
import { slugFromHost } from "@/lib/organization-host";
import { ROUTER_STATE_HEADER, isValidRouterStateHeader } from "@/lib/router-state";
import { safeNextPath } from "@/lib/safe-redirect";
import { contentSecurityPolicy, newNonce } from "@/lib/security-headers";
import { writeSessionCookie } from "@/server/auth/cookie";
import { SESSION_COOKIE, sessionExpiresAt, shouldRenew, signSessionToken, verifySessionTokenWithKey } from "@/server/auth/token";

const SIGNED_IN_ONLY = ["/dashboard", "/onboarding", "/organizations", "/account"];
const SIGNED_OUT_ONLY = ["/login", "/signup"];

function matches(pathname: string, prefixes: string[]): boolean {
  return prefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export async function middleware(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const search = searchWithoutRscHash(request.nextUrl);
  // Next.js would answer a malformed router state with a 500; it is the client's mistake.
  if (!isValidRouterStateHeader(request.headers.get(ROUTER_STATE_HEADER))) {
    return NextResponse.json(
      { error: { code: "VALIDATION_FAILED", message: "The Next-Router-State-Tree header is malformed." } },
      { status: 400 },
    );
  }
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  const verified = await verifySessionTokenWithKey(token, sessionKeys());
  const claims = verified?.claims ?? null;

  if (!claims && matches(pathname, SIGNED_IN_ONLY)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", `${pathname}${search}`);
    const response = NextResponse.redirect(login);
    if (token) response.cookies.delete(SESSION_COOKIE);
    return response;
  }
  if (claims && matches(pathname, SIGNED_OUT_ONLY)) {
    return NextResponse.redirect(new URL(safeNextPath(request.nextUrl.searchParams.get("next")), request.url));
  }
  if (claims && matches(pathname, ["/dashboard"])) {
    const deepLink = organizationDeepLink(request, claims.slug);
    if (deepLink) return NextResponse.redirect(deepLink);
  }

  const response = withSecurityPolicy(request);
  // Only on GET: a mutation may set its own cookie (login, switching organization), which must win.
  // A token signed with the previous secret is re-signed at once, so the rotation completes as people use the app.
  if (claims && request.method === "GET" && (shouldRenew(claims) || verified?.signedWithPrevious)) {
    // Sliding expiry: the database session is extended by the same request when it is read (context.ts).
    const renewed = await signSessionToken(claims, env.JWT_SECRET);
    writeSessionCookie(response.cookies, renewed, sessionExpiresAt());
  }
  return response;
}

/**
 * Passes the request on with a fresh nonce in its Content-Security-Policy: Next.js reads the policy from the request
 * and stamps the nonce on the scripts it renders; the browser gets the same policy.
 */
function withSecurityPolicy(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    development: env.NODE_ENV === "development",
    https: env.APP_URL.startsWith("https:"),
  });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/**
 * `/dashboard…?org=<slug>` and `<slug>.<ROOT_DOMAIN>/dashboard…` name an organization. When it is not the active one
 * (by the token's hint), the switch route checks the membership and switches; when it is, `?org=` is just dropped.
 */
function organizationDeepLink(request: NextRequest, activeSlug: string | undefined): URL | null {
  const fromQuery = request.nextUrl.searchParams.get("org");
  // The Host header names the subdomain; nextUrl carries the server's own host name, not the one asked for.
  const host = request.headers.get("host") ?? request.nextUrl.host;
  const wanted = fromQuery ?? slugFromHost(host, env.ROOT_DOMAIN);
  if (wanted === null) return null;

  const rest = request.nextUrl.clone();
  rest.searchParams.delete("org");
  rest.searchParams.delete(RSC_HASH_PARAM);
  if (wanted === activeSlug) return fromQuery === null ? null : rest;

  const target = new URL("/organizations/switch", request.url);
  target.searchParams.set("org", wanted);
  target.searchParams.set("next", `${rest.pathname}${rest.search}`);
  return target;
}

// Next.js's cache-busting hash of an RSC request: the middleware sees it (skipProxyUrlNormalize), a `next` link must not.
const RSC_HASH_PARAM = "_rsc";

function searchWithoutRscHash(url: URL): string {
  if (!url.searchParams.has(RSC_HASH_PARAM)) return url.search;
  const params = new URLSearchParams(url.searchParams);
  params.delete(RSC_HASH_PARAM);
  const rest = params.toString();
  return rest ? `?${rest}` : "";
}

export const config = {
  // Not the JSON API: each route handler checks its session itself (src/server/http/declare-route.ts), and its headers
  // come from next.config.ts. The middleware is for pages: redirects, deep links, the CSP nonce, cookie renewal.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|robots.txt|apple-touch-icon.png|social-card.png).*)"],
};
