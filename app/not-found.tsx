import { buttonClass } from "@/components/ui/button";
import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-sm font-semibold text-indigo-600 dark:text-indigo-400">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">This page does not exist</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">Check the address, or go back to your dashboard.</p>
      <Link href="/dashboard" className={buttonClass("primary", "lg", "mt-2")}>
        Go to the dashboard
      </Link>
    </main>
  );
}
