import type { Metadata } from "next";
import { safeNextPath } from "@/lib/safe-redirect";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Log in" };

type SearchParams = Promise<{ next?: string | string[]; email?: string | string[] }>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const { next, email } = await searchParams;
  const target = typeof next === "string" ? safeNextPath(next) : undefined;
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight">Log in to Orgstack</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        {target && target !== "/dashboard" ? "Log in to continue where you were going." : "Welcome back."}
      </p>
      <LoginForm next={target} email={typeof email === "string" ? email.slice(0, 254) : undefined} />
    </>
  );
}
