import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { listOrganizationsForAdmin } from "@/server/admin/queries";
import { AdminSearch, first, TABLE, TABLE_WRAP, TD, TH } from "./_components/admin-search";

export const metadata: Metadata = { title: "Organizations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminOrganizationsPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = first(params.q);
  const { organizations, nextCursor } = await listOrganizationsForAdmin({ q, cursor: first(params.cursor) });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Organizations</h1>
        <AdminSearch action="/admin" label="Search name or URL name" q={q} />
      </div>
      <div className={TABLE_WRAP}>
        <table className={TABLE}>
          <thead className="border-b border-zinc-200 dark:border-zinc-800">
            <tr>
              <th className={TH}>Name</th>
              <th className={TH}>URL name</th>
              <th className={TH}>Members</th>
              <th className={TH}>Created</th>
              <th className={TH}>Status</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {organizations.map((organization) => (
              <tr key={organization.id}>
                <td className={TD}>
                  {/* No prefetch: opening an organization is recorded in its audit log. */}
                  <Link prefetch={false} href={`/admin/organizations/${organization.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-400">
                    {organization.name}
                  </Link>
                </td>
                <td className={`${TD} font-mono text-xs`}>{organization.slug}</td>
                <td className={TD}>{organization.members}</td>
                <td className={TD}>{formatDate(organization.createdAt)}</td>
                <td className={TD}>
                  {organization.purgeAt ? <span className="text-red-700 dark:text-red-400">Deleted · purged {formatDate(organization.purgeAt)}</span> : "Active"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {organizations.length === 0 && <p className="px-4 py-6 text-sm text-zinc-500">No organizations match.</p>}
      </div>
      {nextCursor && (
        <Link href={`/admin?${new URLSearchParams({ ...(q ? { q } : {}), cursor: nextCursor })}`} className="text-sm font-medium text-indigo-700 hover:underline">
          Next page →
        </Link>
      )}
    </div>
  );
}
