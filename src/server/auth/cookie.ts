// Shared with the Edge middleware (sliding renewal), so no server-only guard and no Node APIs here.
import { env } from "@/env";
import { SESSION_COOKIE } from "./token";

/** The `.set(name, value, options)` both `cookies()` and `NextResponse.cookies` offer. */
type CookieWriter = {
  set(name: string, value: string, options: { httpOnly: boolean; sameSite: "lax"; secure: boolean; path: string; expires: Date }): unknown;
};

export function writeSessionCookie(cookies: CookieWriter, token: string, expires: Date): void {
  cookies.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", secure: env.NODE_ENV === "production", path: "/", expires });
}

export function clearSessionCookie(cookies: CookieWriter): void {
  cookies.set(SESSION_COOKIE, "", { httpOnly: true, sameSite: "lax", secure: env.NODE_ENV === "production", path: "/", expires: new Date(0) });
}
