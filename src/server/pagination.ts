import "server-only";
import { isId } from "@/server/ids";

/**
 * Keyset pagination, spelled once. A list orders by a unique key ending in `id`, asks for one row more than the page
 * (`take`) and starts after the cursor row (`cursor` + `skip`); the extra row says there is a next page, whose cursor
 * is the page's last id. A malformed cursor starts at the beginning; another organization's finds no row.
 */
export function pageArgs(options: { cursor?: string; limit: number }): { take: number; cursor?: { id: string }; skip?: number } {
  const cursor = validCursor(options.cursor);
  return { take: options.limit + 1, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) };
}

/** The page of rows fetched with pageArgs, and the cursor of the next one (null on the last page). */
export function pageOf<T extends { id: string }>(rows: T[], limit: number): { page: T[]; nextCursor: string | null } {
  const page = rows.length > limit ? rows.slice(0, limit) : rows;
  return { page, nextCursor: rows.length > limit ? page.at(-1)!.id : null };
}

/** The cursor when it is an id, else undefined (the list starts at the beginning). */
export function validCursor(cursor: string | undefined): string | undefined {
  return cursor && isId(cursor) ? cursor : undefined;
}
