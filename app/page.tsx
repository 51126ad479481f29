import { buttonClass } from "@/components/ui/button";
import Link from "next/link";
import { Logo } from "@/components/ui/logo";

const features = [
  ["Organizations first", "Every user belongs to organizations with a role in each; the active one travels in the session."],
  ["All or nothing", "Signing up creates the user, the organization, the owner membership and the session together, or none of them."],
  ["Sessions that can end", "Signed cookies backed by revocable database sessions, re-checked on every request."],
];

export default function LandingPage() {
  return (
    <div className="mx-auto flex min-h-dvh max-w-5xl flex-col px-6">
      <header className="flex items-center justify-between py-6">
        <Logo />
        <nav className="flex items-center gap-4 text-sm">
          <Link href="/login" className="font-medium text-zinc-700 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-white">
            Log in
          </Link>
          <Link href="/signup" className={buttonClass("primary")}>
            Sign up
          </Link>
        </nav>
      </header>
      <main className="flex flex-1 flex-col justify-center py-16">
        <h1 className="max-w-2xl text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
          The B2B SaaS starter that gets multi-tenancy right.
        </h1>
        <p className="mt-4 max-w-xl text-lg text-zinc-600 dark:text-zinc-400">
          Sign-up with an organization, roles per organization and revocable sessions, built on Next.js and PostgreSQL.
        </p>
        <div className="mt-8 flex gap-3">
          <Link href="/signup" className={buttonClass("primary", "lg")}>
            Create your organization
          </Link>
          <Link href="/login" className={buttonClass("secondary", "lg")}>
            Log in
          </Link>
        </div>
        <ul className="mt-16 grid gap-6 sm:grid-cols-3">
          {features.map(([title, text]) => (
            <li key={title} className="rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
              <h2 className="font-medium">{title}</h2>
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{text}</p>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
