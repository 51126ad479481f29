import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/format";
import { accountDeletionPreview } from "@/server/account/deletion";
import { pendingEmailChange } from "@/server/account/profile";
import { listAccountSessions } from "@/server/account/sessions";
import { requireViewer } from "@/server/auth/require-page";
import { cancelEmailChangeAction } from "./actions";
import { AccountSection } from "./_components/account-section";
import { DeleteAccount } from "./_components/delete-account";
import { EmailForm } from "./_components/email-form";
import { PasswordForm } from "./_components/password-form";
import { ProfileForm } from "./_components/profile-form";
import { SessionsList } from "./_components/sessions-list";
import { VerifyEmailButton } from "./_components/verify-email-button";

export const metadata: Metadata = { title: "Account" };

/** What the verification link (app/(auth)/verify-email) reports back. */
const NOTICES: Record<string, { title: string; body: string; tone: "success" | "neutral" }> = {
  "email-verified": { title: "Email address verified", body: "Thank you: your address is confirmed.", tone: "success" },
  "email-changed": { title: "Email address changed", body: "Sign in with your new address from now on.", tone: "success" },
  "link-expired": { title: "That link has expired", body: "Ask for a new one below.", tone: "neutral" },
  "link-used": {
    title: "That link has been used already",
    body: "If your address shows as verified below, there is nothing more to do.",
    tone: "neutral",
  },
  "link-invalid": {
    title: "That link is not valid",
    body: "Open the link from the newest email, or ask for a new one below.",
    tone: "neutral",
  },
  "email-taken": {
    title: "That address is taken",
    body: "Another account started using it meanwhile. Choose another address.",
    tone: "neutral",
  },
};

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ notice?: string | string[] }> }) {
  const ctx = await requireViewer("/account");
  const { notice } = await searchParams;
  const [sessions, pending, deletion] = await Promise.all([
    listAccountSessions(ctx),
    pendingEmailChange(ctx.user.id),
    accountDeletionPreview(ctx.user.id),
  ]);
  const shown = typeof notice === "string" ? NOTICES[notice] : undefined;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Your profile, sign-in and sessions, in every organization.</p>
      </div>
      {shown && (
        <Notice title={shown.title} tone={shown.tone}>
          {shown.body}
        </Notice>
      )}

      <AccountSection title="Profile">
        <ProfileForm name={ctx.user.name} />
      </AccountSection>

      <AccountSection title="Email address" description="You sign in with it; invitations and password resets go to it.">
        <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium">{ctx.user.email}</span>
          {ctx.user.emailVerifiedAt ? (
            <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-900/50 dark:text-emerald-200">
              Verified
            </span>
          ) : (
            <>
              <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/50 dark:text-amber-100">
                Not verified
              </span>
              <VerifyEmailButton />
            </>
          )}
        </div>
        {pending && (
          <div
            role="status"
            className="mb-4 flex flex-wrap items-center gap-3 rounded-md border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm dark:border-indigo-900 dark:bg-indigo-950/40"
          >
            <span>
              Waiting for you to confirm <strong>{pending.email}</strong> (the link works until {formatDateTime(pending.expiresAt)}).
            </span>
            <form action={cancelEmailChangeAction}>
              <button type="submit" className="font-medium text-indigo-700 underline dark:text-indigo-300">
                Cancel the change
              </button>
            </form>
          </div>
        )}
        <EmailForm />
      </AccountSection>

      <AccountSection title="Password" description="Changing it signs out every other session.">
        <PasswordForm />
      </AccountSection>

      <AccountSection title="Two-factor authentication" description="A code from an authenticator app, or a passkey, after your password.">
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {ctx.user.hasSecondFactor ? (
            <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-900/50 dark:text-emerald-200">
              On
            </span>
          ) : (
            <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
              Off
            </span>
          )}
          <Link href="/account/two-factor" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
            {ctx.user.hasSecondFactor ? "Manage two-factor and passkeys" : "Set up two-factor or a passkey"}
          </Link>
        </div>
      </AccountSection>

      <AccountSection title="Sessions" description="Where your account is signed in. Revoke anything you do not recognise.">
        <SessionsList sessions={sessions} />
      </AccountSection>

      <AccountSection title="Delete account" tone="danger">
        <DeleteAccount deletes={deletion.deletes} blocks={deletion.blocks} />
      </AccountSection>
    </div>
  );
}
