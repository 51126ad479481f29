import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { safeNextPath } from "@/lib/safe-redirect";
import { requireViewer } from "@/server/auth/require-page";
import { listPasskeys } from "@/server/passkeys/ceremonies";
import { pendingTotpEnrolment, twoFactorStatus } from "@/server/two-factor/enrolment";
import { AccountSection } from "../_components/account-section";
import { AddPasskey } from "./_components/add-passkey";
import { RemovePasskey } from "./_components/remove-passkey";
import { TotpManage } from "./_components/totp-manage";
import { TotpSetup } from "./_components/totp-setup";

export const metadata: Metadata = { title: "Two-factor authentication" };

type SearchParams = Promise<{ required?: string | string[]; next?: string | string[] }>;

export default async function TwoFactorPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await requireViewer("/account/two-factor");
  const { required, next } = await searchParams;
  const target = typeof next === "string" ? safeNextPath(next, "") || undefined : undefined;
  const [status, enrolment, passkeys] = await Promise.all([
    twoFactorStatus(ctx.user.id),
    pendingTotpEnrolment(ctx),
    listPasskeys(ctx.user.id),
  ]);
  const hasFactor = status.totpEnabledAt !== null || passkeys.length > 0;

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/account" className="text-indigo-600 hover:underline dark:text-indigo-400">
            ← Your account
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">Two-factor authentication</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          A second proof after your password: a code from an app, or a passkey.
        </p>
      </div>
      {required && !hasFactor && (
        <div
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <strong>Your organization requires two-factor authentication.</strong> Set up an authenticator app or a passkey below to continue.
        </div>
      )}
      {target && hasFactor && (
        <p
          role="status"
          className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-100"
        >
          You are set up.{" "}
          <Link href={target} className="font-medium underline">
            Continue where you were going
          </Link>
        </p>
      )}

      <AccountSection
        title="Authenticator app"
        description={
          status.totpEnabledAt
            ? `On since ${formatDateTime(status.totpEnabledAt)}. ${status.recoveryCodesLeft} of 10 recovery codes left.`
            : "Off."
        }
      >
        {status.totpEnabledAt ? (
          <TotpManage />
        ) : (
          <TotpSetup enrolment={enrolment && { secret: enrolment.secret, qrCodeSvg: enrolment.qrCodeSvg }} next={target} />
        )}
      </AccountSection>

      <AccountSection
        title="Passkeys"
        description="Sign in with your fingerprint, face or security key, without a password. A passkey also counts as your second factor."
      >
        {passkeys.length > 0 && (
          <ul className="mb-6 divide-y divide-zinc-200 rounded-md border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {passkeys.map((passkey) => (
              <li key={passkey.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 text-sm">
                <span className="font-medium">{passkey.name}</span>
                <span className="text-zinc-500 dark:text-zinc-400">
                  Added {formatDateTime(passkey.createdAt)} ·{" "}
                  {passkey.lastUsedAt ? `last used ${formatDateTime(passkey.lastUsedAt)}` : "not used yet"}
                  {passkey.backedUp ? " · synced" : ""}
                </span>
                <span className="ml-auto">
                  <RemovePasskey id={passkey.id} name={passkey.name} />
                </span>
              </li>
            ))}
          </ul>
        )}
        <AddPasskey />
      </AccountSection>
    </div>
  );
}
