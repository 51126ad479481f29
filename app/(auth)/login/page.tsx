import type { Metadata } from "next";
import { safeNextPath } from "@/lib/safe-redirect";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Log in" };

type SearchParams = Promise<{ next?: string | string[]; email?: string | string[]; notice?: string | string[] }>;

/** Messages other flows leave for the login page (?notice=…). */
const NOTICES: Record<string, string> = {
  "password-reset": "Your password has been changed and every session signed out. Log in with the new password.",
  "signed-out-everywhere": "You have been signed out on every device.",
  "account-deleted": "Your account has been deleted.",
};

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const { next, email, notice } = await searchParams;
  const target = typeof next === "string" ? safeNextPath(next) : undefined;
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight">Log in to Orgstack</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        {target && target !== "/dashboard" ? "Log in to continue where you were going." : "Welcome back."}
      </p>
      <LoginForm
        next={target}
        email={typeof email === "string" ? email.slice(0, 254) : undefined}
        notice={typeof notice === "string" ? NOTICES[notice] : undefined}
      />
    </>
  );
}
