import { Logo } from "./logo";

/** The logo over a centred card: the frame of login, signup and onboarding. */
export function CenteredCard({ children, wide = false }: { children: React.ReactNode; wide?: boolean }) {
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className="mb-8">
        <Logo />
      </div>
      <main
        className={`w-full ${wide ? "max-w-md" : "max-w-sm"} rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900`}
      >
        {children}
      </main>
    </div>
  );
}
