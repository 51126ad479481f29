import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { requireOrgPage } from "@/server/auth/require-page";
import { logoutAction } from "./actions";
import { RoleBadge } from "./_components/role-badge";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const { user, organization, role } = await requireOrgPage();
  return (
    <div className="min-h-dvh">
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
          <Logo href="/dashboard" />
          <span aria-hidden className="hidden text-zinc-300 sm:inline dark:text-zinc-700">/</span>
          <div className="order-last flex w-full min-w-0 items-center gap-2 sm:order-none sm:w-auto" aria-label="Active organization">
            <span className="truncate font-medium" data-testid="active-organization">{organization.name}</span>
            <RoleBadge role={role} />
          </div>
          <div className="ml-auto flex items-center gap-3">
            <span className="hidden text-sm text-zinc-600 sm:inline dark:text-zinc-400" title={user.email}>
              {user.name}
            </span>
            <form action={logoutAction}>
              <button
                type="submit"
                className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:border-zinc-700 dark:hover:bg-zinc-800"
              >
                Log out
              </button>
            </form>
          </div>
        </div>
        <nav aria-label="Dashboard" className="mx-auto flex max-w-6xl gap-4 px-4 text-sm sm:px-6">
          <Link href="/dashboard" aria-current="page" className="border-b-2 border-indigo-600 pb-2 font-medium">
            Overview
          </Link>
        </nav>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
