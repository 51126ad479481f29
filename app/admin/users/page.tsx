import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { listUsersForAdmin } from "@/server/admin/queries";
import { AdminSearch, first, TABLE, TABLE_WRAP, TD, TH } from "../_components/admin-search";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = first(params.q);
  const { users, nextCursor } = await listUsersForAdmin({ q, cursor: first(params.cursor) });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
        <AdminSearch action="/admin/users" label="Search name or email" q={q} />
      </div>
      <div className={TABLE_WRAP}>
        <table className={TABLE}>
          <thead className="border-b border-zinc-200 dark:border-zinc-800">
            <tr>
              <th className={TH}>Name</th>
              <th className={TH}>Email</th>
              <th className={TH}>Organizations</th>
              <th className={TH}>Signed up</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {users.map((user) => (
              <tr key={user.id}>
                <td className={TD}>
                  {user.name}
                  {user.isSuperadmin && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">superadmin</span>}
                </td>
                <td className={TD}>{user.email}</td>
                <td className={TD}>{user.organizations}</td>
                <td className={TD}>{formatDate(user.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {users.length === 0 && <p className="px-4 py-6 text-sm text-zinc-500">No users match.</p>}
      </div>
      {nextCursor && (
        <Link href={`/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), cursor: nextCursor })}`} className="text-sm font-medium text-indigo-700 hover:underline">
          Next page →
        </Link>
      )}
    </div>
  );
}
