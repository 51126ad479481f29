import "server-only";
import { SignJWT, jwtVerify } from "jose";
import { env, sessionKeys } from "@/env";

/**
 * Between the password and the second factor, a sign-in is only this: a token saying "this user got their password
 * right a moment ago", in its own httpOnly cookie, for five minutes. It is no session — its audience is not the
 * session's, so no route accepts it — and it can only be turned into one by a second factor (login.ts).
 */
export const PENDING_SIGN_IN_COOKIE = "pending_sign_in";
export const PENDING_SIGN_IN_SECONDS = 5 * 60;
const AUDIENCE = "orgstack-second-factor";

const encoder = new TextEncoder();

export async function signPendingSignIn(userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(userId)
    .setIssuer("orgstack")
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + PENDING_SIGN_IN_SECONDS)
    .sign(encoder.encode(sessionKeys().current));
  return { token, expiresAt: new Date((issuedAt + PENDING_SIGN_IN_SECONDS) * 1000) };
}

/** The user a pending sign-in is for, or null: expired, forged, or a session token passed off as one. */
export async function verifyPendingSignIn(token: string | undefined): Promise<string | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, encoder.encode(sessionKeys().current), {
      algorithms: ["HS256"],
      issuer: "orgstack",
      audience: AUDIENCE,
    });
    return typeof payload.sub === "string" && payload.sub.length > 0 ? payload.sub : null;
  } catch {
    return null;
  }
}

type CookieWriter = {
  set(name: string, value: string, options: { httpOnly: boolean; sameSite: "lax"; secure: boolean; path: string; expires: Date }): unknown;
};

export function writePendingSignInCookie(cookies: CookieWriter, token: string, expires: Date): void {
  cookies.set(PENDING_SIGN_IN_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    path: "/",
    expires,
  });
}

export function clearPendingSignInCookie(cookies: CookieWriter): void {
  cookies.set(PENDING_SIGN_IN_COOKIE, "", {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    path: "/",
    expires: new Date(0),
  });
}
