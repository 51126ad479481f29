import "server-only";
import { createHash, randomBytes } from "node:crypto";

/**
 * A new token: 32 random bytes (256 bits) in base64url, and the SHA-256 the database keeps instead. Look-ups go by
 * the hash, so the database never compares a secret, and a copy of it accepts nothing.
 */
export function newSecretToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
