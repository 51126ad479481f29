import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { requireSuperadmin } from "@/server/admin/require-superadmin";
import { listOrganizationsForAdmin } from "@/server/admin/queries";
import { AdminList } from "./_components/admin-list";
import { first, TD } from "./_components/table-styles";

export const metadata: Metadata = { title: "Organizations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminOrganizationsPage({ searchParams }: Props) {
  const admin = await requireSuperadmin();
  const params = await searchParams;
  const q = first(params.q);
  const { organizations, nextCursor } = await listOrganizationsForAdmin(admin, { q, cursor: first(params.cursor) });
  return (
    <AdminList
      title="Organizations"
      path="/admin"
      searchLabel="Search name or URL name"
      q={q}
      columns={["Name", "URL name", "Members", "Created", "Status"]}
      nextCursor={nextCursor}
      empty={organizations.length === 0}
    >
      {organizations.map((organization) => (
        <tr key={organization.id}>
          <td className={TD}>
            {/* No prefetch: opening an organization is recorded in its audit log. */}
            <Link
              prefetch={false}
              href={`/admin/organizations/${organization.id}`}
              className="font-medium text-indigo-700 hover:underline dark:text-indigo-400"
            >
              {organization.name}
            </Link>
          </td>
          <td className={`${TD} font-mono text-xs`}>{organization.slug}</td>
          <td className={TD}>{organization.members}</td>
          <td className={TD}>{formatDate(organization.createdAt)}</td>
          <td className={TD}>
            {organization.purgeAt ? (
              <span className="text-red-700 dark:text-red-400">Deleted · purged {formatDate(organization.purgeAt)}</span>
            ) : (
              "Active"
            )}
          </td>
        </tr>
      ))}
    </AdminList>
  );
}
