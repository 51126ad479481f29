import "server-only";
import { randomBytes } from "node:crypto";
import { hashSecretToken } from "@/server/secret-token";

/** Every key starts with it, so secret scanners (GitHub's, gitleaks) can be taught to find leaked ones. */
export const API_KEY_PREFIX = "osk_";
const SHOWN = API_KEY_PREFIX.length + 8;
const SHAPE = /^osk_[A-Za-z0-9_-]{43}$/;

/** A new key: 32 random bytes after the prefix, what lists show of it, and the hash the database keeps. */
export function newApiKeySecret(): { secret: string; prefix: string; secretHash: string } {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, prefix: secret.slice(0, SHOWN), secretHash: hashSecretToken(secret) };
}

/** Whether a string has a key's shape at all (checked before any database look-up). */
export function looksLikeApiKey(value: string): boolean {
  return SHAPE.test(value);
}
