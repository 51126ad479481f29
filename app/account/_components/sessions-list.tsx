import { buttonClass } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format";
import type { AccountSession } from "@/server/account/sessions";
import { revokeSessionAction, signOutEverywhereAction } from "../actions";

const BUTTON = buttonClass("secondary", "sm");

/** Where the account is signed in; each row can be signed out, or all of them at once. */
export function SessionsList({ sessions }: { sessions: AccountSession[] }) {
  return (
    <div className="space-y-4">
      <ul
        className="divide-y divide-zinc-200 rounded-md border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800"
        aria-label="Sessions"
      >
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3" aria-label={session.device}>
            <div className="min-w-0 flex-1">
              <p className="text-sm font-medium">
                {session.device}
                {session.current && (
                  <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-900/50 dark:text-emerald-200">
                    This device
                  </span>
                )}
              </p>
              <p className="text-xs text-zinc-600 dark:text-zinc-400">
                {session.ip ?? "Unknown address"} · Last seen {formatDateTime(session.lastSeenAt)} · Signed in{" "}
                {formatDateTime(session.createdAt)}
              </p>
            </div>
            <form action={revokeSessionAction}>
              <input type="hidden" name="sessionId" value={session.id} />
              <button type="submit" className={BUTTON}>
                {session.current ? "Sign out" : "Revoke"}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <form action={signOutEverywhereAction}>
        <button type="submit" className={BUTTON}>
          Sign out everywhere
        </button>
      </form>
    </div>
  );
}
