import "server-only";

// Ids are cuids. Anything else cannot name a row, so it is "not found" without a database round trip.
const ID_PATTERN = /^[a-z0-9]{1,64}$/;

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}
