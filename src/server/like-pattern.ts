import "server-only";

/** A search term for Prisma's `contains`, which passes % and _ to LIKE as wildcards: escaped, they match themselves. */
export function literalContains(term: string): string {
  return term.replace(/[\\%_]/g, "\\$&");
}
