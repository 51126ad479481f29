import { buttonClass } from "@/components/ui/button";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Logo } from "@/components/ui/logo";
import { Notice } from "@/components/ui/notice";
import { env } from "@/env";
import { listDevEmails } from "@/server/email/dev-mailbox";
import { MailboxMessage } from "./_components/mailbox-message";

export const metadata: Metadata = { title: "Mailbox (development)" };

// Read the mailbox on every request; a cached render would hide the email just sent.
export const dynamic = "force-dynamic";

/** The emails the console transport kept (src/server/email/send.ts): invitations etc. without RESEND_API_KEY. */
export default async function DevMailboxPage() {
  // Development only: the messages carry invitation links with live tokens for anyone's address.
  if (env.NODE_ENV === "production") notFound();
  const emails = await listDevEmails();

  return (
    <div className="min-h-dvh">
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-4xl items-center gap-3 px-4 py-3 sm:px-6">
          <Logo />
          <span aria-hidden className="text-zinc-300 dark:text-zinc-700">
            /
          </span>
          <span className="text-sm font-medium">Mailbox</span>
          <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-600/20 ring-inset dark:bg-amber-950 dark:text-amber-300 dark:ring-amber-400/30">
            Development
          </span>
        </div>
      </header>
      <main className="mx-auto max-w-4xl space-y-4 px-4 py-8 sm:px-6">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold tracking-tight">Mailbox</h1>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              Emails the app sent without <code className="font-mono text-[0.85em]">RESEND_API_KEY</code>, newest first. The last 100 are
              kept in <code className="font-mono text-[0.85em]">.data/mailbox/</code>.
            </p>
          </div>
          <Link href="/dev/mailbox" className={buttonClass()}>
            Refresh
          </Link>
        </div>

        {emails.length === 0 ? (
          <Notice title="No emails yet.">
            Emails the app sends without RESEND_API_KEY appear here. Invite someone from the members page to see one.
          </Notice>
        ) : (
          <ul className="divide-y divide-zinc-200 overflow-hidden rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
            {emails.map((email) => (
              <li key={email.id}>
                <MailboxMessage email={email} />
              </li>
            ))}
          </ul>
        )}
      </main>
    </div>
  );
}
