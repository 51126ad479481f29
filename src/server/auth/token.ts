// Signs and verifies the session JWT. Imported by the Edge middleware too, so: jose only, no database, no Node APIs.
import { SignJWT, jwtVerify } from "jose";
import { z } from "zod";

export const SESSION_COOKIE = "session";
export const SESSION_TTL_SECONDS = 7 * 24 * 60 * 60;
/** A token older than this is re-issued (and its session extended) on the next request. */
export const SESSION_RENEW_AFTER_SECONDS = 24 * 60 * 60;

const ISSUER = "orgstack";
const AUDIENCE = "orgstack";

const claimsSchema = z.object({
  sub: z.string().min(1),
  sid: z.string().min(1),
  org: z.string().min(1).optional(),
  /** The active organization's slug: lets the middleware match `<slug>.<ROOT_DOMAIN>` without a database. */
  slug: z.string().min(1).optional(),
  role: z.string().min(1).optional(),
  iat: z.number(),
  exp: z.number(),
});

export type SessionClaims = z.infer<typeof claimsSchema>;
export type SessionSubject = Pick<SessionClaims, "sub" | "sid" | "org" | "slug" | "role">;

// An HMAC key imported once per secret: jose imports a raw key on every call otherwise, and the middleware and every
// route verify a token per request.
const keys = new Map<string, Promise<CryptoKey>>();

function key(secret: string): Promise<CryptoKey> {
  let imported = keys.get(secret);
  if (!imported) {
    imported = crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
      "verify",
    ]);
    keys.set(secret, imported);
  }
  return imported;
}

export async function signSessionToken(subject: SessionSubject, secret: string, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const claims: Record<string, string> = { sid: subject.sid };
  if (subject.org) claims.org = subject.org;
  if (subject.slug) claims.slug = subject.slug;
  if (subject.role) claims.role = subject.role;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(subject.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + SESSION_TTL_SECONDS)
    .sign(await key(secret));
}

/**
 * The secrets a token may be signed with: tokens are signed with `current` only; `previous` (JWT_SECRET_PREVIOUS)
 * still verifies during a key rotation, so rotating the secret signs nobody out.
 */
export type SessionKeys = { current: string; previous?: string | undefined };

/** The claims of a valid token, or null for anything else: bad signature, other algorithm, expired, malformed. */
export async function verifySessionToken(token: string | undefined, keys: SessionKeys | string): Promise<SessionClaims | null> {
  return (await verifySessionTokenWithKey(token, keys))?.claims ?? null;
}

/**
 * Like verifySessionToken, and says whether the token was signed with the previous secret: such a token is
 * re-issued with the current one on the next request (middleware.ts), so the old secret can be dropped after a day.
 */
export async function verifySessionTokenWithKey(
  token: string | undefined,
  keys: SessionKeys | string,
): Promise<{ claims: SessionClaims; signedWithPrevious: boolean } | null> {
  if (!token) return null;
  const { current, previous } = typeof keys === "string" ? { current: keys, previous: undefined } : keys;
  const claims = await verifyWith(token, current);
  if (claims) return { claims, signedWithPrevious: false };
  const old = previous ? await verifyWith(token, previous) : null;
  return old ? { claims: old, signedWithPrevious: true } : null;
}

// Tokens already verified, with their claims: checking an HMAC through WebCrypto costs about 0.1 ms, and a browser
// sends the same token with every request (the middleware and the page each verify it). Only valid tokens enter,
// keyed by the whole token and the secret that verified it, so nothing unverified is ever answered from here; expiry
// is checked again on every hit. Bounded: the oldest entries leave first.
const verified = new Map<string, { secret: string; claims: SessionClaims }>();
const VERIFIED_MAX = 10_000;

async function verifyWith(token: string, secret: string): Promise<SessionClaims | null> {
  const known = verified.get(token);
  if (known && known.secret === secret) return known.claims.exp > Date.now() / 1000 ? known.claims : null;
  try {
    // The algorithm is pinned: a token whose header names another one (none, HS512, RS256…) is refused before its
    // signature is even looked at.
    const { payload } = await jwtVerify(token, await key(secret), {
      algorithms: ["HS256"],
      issuer: ISSUER,
      audience: AUDIENCE,
      typ: "JWT",
    });
    const parsed = claimsSchema.safeParse(payload);
    if (!parsed.success) return null;
    const claims = Object.freeze(parsed.data);
    if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value!);
    verified.set(token, { secret, claims });
    return claims;
  } catch {
    return null;
  }
}

/** When a session (and its cookie) started or renewed at `from` expires. */
export function sessionExpiresAt(from = new Date()): Date {
  return new Date(from.getTime() + SESSION_TTL_SECONDS * 1000);
}

export function shouldRenew(claims: SessionClaims, now = new Date()): boolean {
  return now.getTime() / 1000 - claims.iat > SESSION_RENEW_AFTER_SECONDS;
}
