import type { DevEmail } from "@/server/email/dev-mailbox";

// Server-local time: the development server runs on the developer's own machine.
const SENT_AT = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium" });

/** One email: a summary line that opens onto the HTML as a mail client would show it, and the plain-text part. */
export function MailboxMessage({ email }: { email: DevEmail }) {
  return (
    <details className="group">
      <summary className="flex cursor-pointer list-none items-start gap-3 px-4 py-3 hover:bg-zinc-50 dark:hover:bg-zinc-800/50 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 text-zinc-400 transition-transform group-open:rotate-90">
          <path
            fill="currentColor"
            d="M7.2 4.2a.75.75 0 0 1 1.06 0l5.25 5.27a.75.75 0 0 1 0 1.06l-5.25 5.27a.75.75 0 1 1-1.06-1.06L11.92 10 7.2 5.26a.75.75 0 0 1 0-1.06Z"
          />
        </svg>
        <span className="min-w-0 flex-1">
          <span className="block truncate font-medium">{email.subject}</span>
          <span className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-500 dark:text-zinc-400">
            <span className="break-all">To {email.to}</span>
            <span className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-[0.7rem] text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
              {email.kind}
            </span>
            {/* On a phone the time joins this line, leaving the address its full width. */}
            <SentAt email={email} className="sm:hidden" />
          </span>
        </span>
        <SentAt email={email} className="hidden shrink-0 text-xs whitespace-nowrap text-zinc-500 sm:block dark:text-zinc-400" />
      </summary>
      <div className="space-y-4 border-t border-zinc-200 px-4 py-4 dark:border-zinc-800">
        <section aria-label="HTML">
          <h3 className="mb-2 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">HTML</h3>
          {/* No scripts, no same-origin access: only links may leave, and they open in a new tab (see withLinksInNewTab). */}
          <iframe
            title={`HTML of “${email.subject}”`}
            sandbox="allow-popups allow-popups-to-escape-sandbox"
            srcDoc={withLinksInNewTab(email.html)}
            className="h-[36rem] w-full rounded-md border border-zinc-200 bg-white dark:border-zinc-800"
          />
        </section>
        <section aria-label="Plain text">
          <h3 className="mb-2 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">Plain text</h3>
          <pre className="overflow-x-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap text-zinc-800 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-200">
            {email.text}
          </pre>
        </section>
      </div>
    </details>
  );
}

function SentAt({ email, className }: { email: DevEmail; className: string }) {
  return (
    <time dateTime={email.sentAt} className={className}>
      {SENT_AT.format(new Date(email.sentAt))}
    </time>
  );
}

/** Otherwise a link opens inside the frame, where the sandbox leaves the app without scripts or cookies. */
function withLinksInNewTab(html: string): string {
  const base = '<base target="_blank">';
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) return `${base}${html}`;
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}${base}${html.slice(end)}`;
}
