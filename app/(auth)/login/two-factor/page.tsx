import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { safeNextPath } from "@/lib/safe-redirect";
import { PENDING_SIGN_IN_COOKIE, verifyPendingSignIn } from "@/server/auth/pending-sign-in";
import { secondFactorMethods } from "@/server/two-factor/verify";
import { SecondFactorForm } from "./_components/second-factor-form";

export const metadata: Metadata = { title: "Two-factor authentication" };

// Public: the visitor has no session yet. What it shows comes from the pending sign-in cookie (the password step),
// and it shows nothing but the ways to prove the second factor.
export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = typeof next === "string" ? safeNextPath(next, "") : "";
  const userId = await verifyPendingSignIn((await cookies()).get(PENDING_SIGN_IN_COOKIE)?.value);
  const methods = userId ? await secondFactorMethods(userId) : [];
  if (methods.length === 0) {
    return (
      <>
        <h1 className="text-xl font-semibold tracking-tight">Your sign-in timed out</h1>
        <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">Enter your email and password again to continue.</p>
        <Link
          href={target ? `/login?next=${encodeURIComponent(target)}` : "/login"}
          className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400"
        >
          Back to log in
        </Link>
      </>
    );
  }
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight">Two-factor authentication</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">One more step: prove it is you with your second factor.</p>
      <SecondFactorForm next={target || undefined} methods={methods} />
    </>
  );
}
