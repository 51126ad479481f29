import "server-only";
import { createHash } from "node:crypto";

// Names given so far, by SQL text. Bounded: past the limit, a new text runs unnamed ("" to pg: parsed and planned
// every time, as without prepared statements), so a stream of distinct statements cannot grow this or the server's
// caches.
const names = new Map<string, string>();
const MAX_NAMED = 2_000;

/**
 * The prepared-statement name of a statement (DATABASE_PREPARED_STATEMENTS): derived from its text, so every
 * connection prepares it once and then only binds and executes it. PostgreSQL then plans it once per connection
 * (a generic plan after five runs, when that is not worse): the per-request context query spent four times longer
 * being planned than executed.
 */
export function preparedStatementName(query: { sql: string; args: unknown[] }): string {
  // Without parameters pg sends a simple query, which may hold several statements (a script, BEGIN, COMMIT): a name
  // would make it a prepared one, which may not.
  if (query.args.length === 0) return "";
  const known = names.get(query.sql);
  if (known !== undefined) return known;
  if (names.size >= MAX_NAMED) return "";
  const name = `orgstack_${createHash("sha256").update(query.sql).digest("base64url").slice(0, 22)}`;
  names.set(query.sql, name);
  return name;
}
