import { CursorPager } from "@/components/ui/cursor-pager";
import { SearchForm } from "@/components/ui/search-form";
import { TABLE, TABLE_WRAP, TH } from "./table-styles";

type Props = {
  title: string;
  path: string;
  searchLabel: string;
  q?: string;
  columns: string[];
  nextCursor: string | null;
  empty: boolean;
  children: React.ReactNode;
};

/** The shape of every admin list: title, search, a table, and a link to the next page. */
export function AdminList({ title, path, searchLabel, q, columns, nextCursor, empty, children }: Props) {
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <SearchForm action={path} id="admin-q" label={searchLabel} placeholder={searchLabel} q={q} />
      </div>
      <div className={TABLE_WRAP}>
        <table className={TABLE}>
          <thead className="border-b border-zinc-200 dark:border-zinc-800">
            <tr>
              {columns.map((column) => (
                <th key={column} className={TH}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">{children}</tbody>
        </table>
        {empty && <p className="px-4 py-6 text-sm text-zinc-600 dark:text-zinc-400">Nothing matches.</p>}
      </div>
      <CursorPager path={path} params={{ q }} nextCursor={nextCursor} />
    </div>
  );
}
