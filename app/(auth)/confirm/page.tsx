import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/safe-redirect";
import { requireViewer } from "@/server/auth/require-page";
import { secondFactorMethods } from "@/server/two-factor/verify";
import { ConfirmForm } from "./_components/confirm-form";

export const metadata: Metadata = { title: "Confirm it is you" };

/**
 * The step-up: a sensitive action, or an organization that requires two-factor, sent the person here to prove their
 * second factor again; they go back to `next` after.
 */
export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = safeNextPath(typeof next === "string" ? next : undefined);
  const ctx = await requireViewer(`/confirm?next=${encodeURIComponent(target)}`);
  const methods = await secondFactorMethods(ctx.user.id);
  if (methods.length === 0) redirect(`/account/two-factor?required=1&next=${encodeURIComponent(target)}`);
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight">Confirm it is you</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        Signed in as {ctx.user.email}. Prove your second factor to continue: what you are about to do needs it.
      </p>
      <ConfirmForm next={target} totp={methods.includes("totp")} passkey={methods.includes("passkey")} />
      <p className="mt-6 text-center text-sm">
        <Link href="/dashboard" className="text-zinc-600 hover:underline dark:text-zinc-400">
          Cancel
        </Link>
      </p>
    </>
  );
}
