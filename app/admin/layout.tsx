import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { requireSuperadmin } from "@/server/admin/require-superadmin";

export const metadata = { title: { template: "%s · Orgstack admin", default: "Orgstack admin" }, robots: { index: false } };

/** The admin frame. Its guard call only fetches the header's email: every admin page calls requireSuperadmin() itself. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireSuperadmin();
  return (
    <div className="min-h-dvh">
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3 sm:px-6">
          <Logo href="/admin" />
          <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            Superadmin
          </span>
          <nav aria-label="Admin" className="flex gap-4 text-sm">
            <Link href="/admin" className="hover:underline">
              Organizations
            </Link>
            <Link href="/admin/users" className="hover:underline">
              Users
            </Link>
            <Link href="/admin/jobs" className="hover:underline">
              Jobs
            </Link>
          </nav>
          <span className="ml-auto text-sm text-zinc-600 dark:text-zinc-400">
            {ctx.user.email} ·{" "}
            <Link href="/dashboard" className="text-indigo-700 underline dark:text-indigo-400">
              Back to the app
            </Link>
          </span>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
