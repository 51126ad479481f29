import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { LogoutButton } from "../dashboard/_components/logout-button";

export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-dvh">
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-3xl items-center gap-3 px-4 py-3 sm:px-6">
          <Logo href="/dashboard" />
          <span aria-hidden className="text-zinc-300 dark:text-zinc-700">
            /
          </span>
          <span className="text-sm font-medium">Account</span>
          <div className="ml-auto flex items-center gap-3">
            <Link href="/dashboard" className="text-sm font-medium whitespace-nowrap text-indigo-600 hover:underline dark:text-indigo-400">
              Dashboard
            </Link>
            <LogoutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
