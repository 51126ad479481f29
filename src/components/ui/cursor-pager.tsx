import Link from "next/link";

const LINK = "font-medium text-indigo-700 hover:underline dark:text-indigo-300";

/**
 * "First page" and "Next page" under a keyset-paginated list (src/server/pagination.ts): a cursor only goes forward,
 * so the way back is to the start. `params` are the list's other filters, kept on both links.
 */
export function CursorPager({
  path,
  params = {},
  cursor,
  nextCursor,
  label = "Pages",
}: {
  path: string;
  params?: Record<string, string | undefined>;
  cursor?: string;
  nextCursor: string | null;
  label?: string;
}) {
  if (!cursor && !nextCursor) return null;
  const href = (extra: Record<string, string>) => {
    const query = new URLSearchParams({
      ...(Object.fromEntries(Object.entries(params).filter(([, value]) => value)) as Record<string, string>),
      ...extra,
    }).toString();
    return query ? `${path}?${query}` : path;
  };
  return (
    <nav aria-label={label} className="flex justify-between gap-3 text-sm">
      {cursor ? (
        <Link href={href({})} className={LINK}>
          ← First page
        </Link>
      ) : (
        <span />
      )}
      {nextCursor && (
        <Link href={href({ cursor: nextCursor })} className={LINK}>
          Next page →
        </Link>
      )}
    </nav>
  );
}
