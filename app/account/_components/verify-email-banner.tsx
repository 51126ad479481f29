import Link from "next/link";
import { VerifyEmailButton } from "./verify-email-button";

/** Shown on every dashboard page while the account's address is unverified: the app works, the banner asks. */
export function VerifyEmailBanner({ email }: { email: string }) {
  return (
    <div
      role="region"
      aria-label="Email verification"
      className="border-b border-amber-200 bg-amber-50 text-amber-950 dark:border-amber-900 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 text-sm sm:px-6">
        <p>
          <strong className="font-semibold">Verify your email address.</strong> We sent a link to {email}.{" "}
          <Link href="/account" className="underline">
            Wrong address?
          </Link>
        </p>
        <VerifyEmailButton />
      </div>
    </div>
  );
}
