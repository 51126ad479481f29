"use client";

import { buttonClass } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="max-w-md text-sm text-zinc-600 dark:text-zinc-400">
        Nothing you entered was lost on our side. Try again; if it keeps happening, quote this reference: {error.digest ?? "n/a"}.
      </p>
      <button onClick={reset} className={buttonClass("primary", "lg", "mt-2")}>
        Try again
      </button>
    </main>
  );
}
