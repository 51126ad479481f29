import type { Metadata } from "next";
import { formatDate } from "@/lib/format";
import { requireSuperadmin } from "@/server/admin/require-superadmin";
import { listUsersForAdmin } from "@/server/admin/queries";
import { AdminList } from "../_components/admin-list";
import { first, TD } from "../_components/table-styles";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const admin = await requireSuperadmin();
  const params = await searchParams;
  const q = first(params.q);
  const { users, nextCursor } = await listUsersForAdmin(admin, { q, cursor: first(params.cursor) });
  return (
    <AdminList
      title="Users"
      path="/admin/users"
      searchLabel="Search name or email"
      q={q}
      columns={["Name", "Email", "Organizations", "Signed up"]}
      nextCursor={nextCursor}
      empty={users.length === 0}
    >
      {users.map((user) => (
        <tr key={user.id}>
          <td className={TD}>
            {user.name}
            {user.isSuperadmin && (
              <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">
                superadmin
              </span>
            )}
          </td>
          <td className={TD}>{user.email}</td>
          <td className={TD}>{user.organizations}</td>
          <td className={TD}>{formatDate(user.createdAt)}</td>
        </tr>
      ))}
    </AdminList>
  );
}
