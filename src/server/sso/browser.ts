import "server-only";
import { NextResponse } from "next/server";
import { env } from "@/env";
import { writeSessionCookie } from "@/server/auth/cookie";
import type { Failure, Result } from "@/server/results/result";
import { SSO_ATTEMPT_COOKIE, SSO_ATTEMPT_MAX_AGE_SECONDS } from "./attempts";
import type { SsoSignedIn } from "./sign-in";

/**
 * The attempt cookie: the browser that went to the identity provider is the one that must come back. OIDC comes
 * back by a top-level redirect, which carries a Lax cookie; SAML by a cross-site form POST, which carries only a
 * `SameSite=None; Secure` one — so on https it is that, and on plain http (development) SAML goes without it.
 */
function attemptCookieOptions(maxAge: number) {
  const secure = env.APP_URL.startsWith("https:");
  return { httpOnly: true, secure, sameSite: secure ? ("none" as const) : ("lax" as const), path: "/api/auth/sso", maxAge };
}

/** Sends the browser to its identity provider, holding the attempt it must come back with. */
export function redirectToIdentityProvider(url: string, attemptId: string, status: 303 | 200 = 303): NextResponse {
  const response = status === 200 ? NextResponse.json({ redirectUrl: url }) : NextResponse.redirect(url, 303);
  response.cookies.set(SSO_ATTEMPT_COOKIE, attemptId, attemptCookieOptions(SSO_ATTEMPT_MAX_AGE_SECONDS));
  return response;
}

/** Back from the identity provider: signed in (the session cookie, then where they were going), or the login page saying why not. */
export function finishSsoSignIn(result: Result<SsoSignedIn>): NextResponse {
  const response = result.ok ? NextResponse.redirect(new URL(result.next ?? "/dashboard", env.APP_URL), 303) : ssoFailed(result);
  if (result.ok) writeSessionCookie(response.cookies, result.session.token, result.session.expiresAt);
  response.cookies.set(SSO_ATTEMPT_COOKIE, "", attemptCookieOptions(0));
  return response;
}

/** The login page names the failure by its code (a fixed set of messages there: nothing of the answer is echoed). */
export function ssoFailed(failure: Failure): NextResponse {
  const url = new URL("/login", env.APP_URL);
  url.searchParams.set("sso_error", failure.code);
  console.warn(`[sso] sign-in refused: ${failure.code}: ${failure.message}`);
  return NextResponse.redirect(url, 303);
}
