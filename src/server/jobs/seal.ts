import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { sessionKeys } from "@/env";

// Job payloads wait in the database for their turn, and an email's body carries a live link (an invitation's
// token, a password reset's). Sealed with a key derived from JWT_SECRET, a copy of the queue's tables opens nothing.
// TOTP secrets are sealed the same way, under a key of their own (another HKDF info): a key never serves two purposes.
const JOB_PAYLOAD = "orgstack job payload v1";
export const TOTP_SECRET = "orgstack totp secret v1";

function keyOf(secret: string, info: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "orgstack", info, 32));
}

/** AES-256-GCM under the current secret: iv, tag and ciphertext in one base64url string. */
export function seal(value: unknown, purpose = JOB_PAYLOAD): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyOf(sessionKeys().current, purpose), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** What `seal` sealed, under the current secret or the one before the last rotation. */
export function unseal<T>(sealed: string, purpose = JOB_PAYLOAD): T {
  const bytes = Buffer.from(sealed, "base64url");
  const { current, previous } = sessionKeys();
  for (const secret of previous ? [current, previous] : [current]) {
    try {
      const decipher = createDecipheriv("aes-256-gcm", keyOf(secret, purpose), bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return JSON.parse(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8")) as T;
    } catch {
      // Try the previous secret.
    }
  }
  throw new Error("A sealed value could not be opened: JWT_SECRET changed twice since it was sealed.");
}
