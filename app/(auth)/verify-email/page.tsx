import type { Metadata } from "next";
import { SubmitButton } from "@/components/ui/submit-button";
import { verifyEmailAction } from "./actions";

// The token is in the URL: never send it to another site in a Referer, never index it.
export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The link in verification and email-change emails. Opening it changes nothing — mail scanners follow links — the
 * button does (a POST). The JSON API is POST /api/auth/verify-email.
 */
export default async function VerifyEmailPage({ searchParams }: Props) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const next = typeof params.next === "string" ? params.next : "";
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight">Confirm your email address</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        Press the button to confirm that this address is yours. If you did not ask for this, close the page: nothing changes.
      </p>
      <form action={verifyEmailAction}>
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="next" value={next} />
        <SubmitButton pendingLabel="Confirming…">Confirm my email address</SubmitButton>
      </form>
    </>
  );
}
