import "server-only";
import bcrypt from "bcryptjs";
import { env } from "@/env";
import { PASSWORD_MAX_BYTES } from "@/lib/password-rules";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, env.BCRYPT_COST);
}

let dummyHash: Promise<string> | undefined;

/**
 * Compares against the user's hash, or against a dummy hash of the same cost when there is no user, so that an
 * unknown email and a wrong password take about the same time and cannot be told apart.
 */
export async function verifyPassword(password: string, passwordHash: string | null): Promise<boolean> {
  dummyHash ??= bcrypt.hash("orgstack-dummy-password", env.BCRYPT_COST);
  const matches = await bcrypt.compare(password, passwordHash ?? (await dummyHash));
  // bcrypt reads only the first 72 bytes; no stored password is longer, so a longer one is never the right one.
  const withinLimit = new TextEncoder().encode(password).length <= PASSWORD_MAX_BYTES;
  return passwordHash !== null && matches && withinLimit;
}
