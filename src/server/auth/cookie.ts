// Shared with the Edge middleware (sliding renewal), so no server-only guard and no Node APIs here.
import { env } from "@/env";
import { SESSION_COOKIE } from "./token";

/** The `.set(name, value, options)` both `cookies()` and `NextResponse.cookies` offer. */
type CookieOptions = { httpOnly: boolean; sameSite: "lax"; secure: boolean; path: string; expires: Date; domain?: string };
type CookieWriter = { set(name: string, value: string, options: CookieOptions): unknown };

function options(expires: Date): CookieOptions {
  return {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    path: "/",
    expires,
    // With per-organization subdomains, one sign-in must hold on every `<slug>.<ROOT_DOMAIN>`.
    ...(env.ROOT_DOMAIN ? { domain: env.ROOT_DOMAIN } : {}),
  };
}

export function writeSessionCookie(cookies: CookieWriter, token: string, expires: Date): void {
  cookies.set(SESSION_COOKIE, token, options(expires));
}

export function clearSessionCookie(cookies: CookieWriter): void {
  cookies.set(SESSION_COOKIE, "", options(new Date(0)));
}
