import "server-only";
import { randomBytes } from "node:crypto";

// Ids are cuids. Anything else cannot name a row, so it is "not found" without a database round trip.
const ID_PATTERN = /^[a-z0-9]{1,64}$/;

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}

let sequence = 0;

/**
 * A new id for a row written with raw SQL, in the cuid shape (lowercase letters and digits): time first, then a
 * per-process sequence, so rows written one after another in the same millisecond still sort in order.
 */
export function newId(): string {
  sequence = (sequence + 1) % 36 ** 4;
  const random = randomBytes(6).readUIntBE(0, 6).toString(36).padStart(10, "0");
  return `c${Date.now().toString(36).padStart(9, "0")}${sequence.toString(36).padStart(4, "0")}${random}`;
}
