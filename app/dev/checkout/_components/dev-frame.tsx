import Link from "next/link";
import { Logo } from "@/components/ui/logo";

/** The frame of the development stand-ins for Stripe's hosted pages: plainly not Stripe, plainly not real money. */
export function DevFrame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="min-h-dvh bg-zinc-50 dark:bg-zinc-950">
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-xl items-center gap-3 px-4 py-3">
          <Logo />
          <span aria-hidden className="text-zinc-300 dark:text-zinc-700">
            /
          </span>
          <span className="text-sm font-medium">{title}</span>
          <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-600/20 ring-inset dark:bg-amber-950 dark:text-amber-300 dark:ring-amber-400/30">
            development stand-in for Stripe
          </span>
        </div>
      </header>
      <main className="mx-auto max-w-xl space-y-6 px-4 py-8">
        {children}
        <p className="text-sm">
          <Link href="/dashboard/billing" className="text-indigo-700 hover:underline dark:text-indigo-400">
            ← Back to billing
          </Link>
        </p>
      </main>
    </div>
  );
}
