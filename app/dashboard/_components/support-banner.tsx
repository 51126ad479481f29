import { formatDateTime } from "@/lib/format";
import type { SupportView } from "@/server/auth/context";
import { endSupportAction } from "../support-actions";

/** On every page of a support view: whose view it is, that it is read-only, until when, and the way out. */
export function SupportBanner({
  support,
  member,
  role,
  organization,
}: {
  support: SupportView;
  member: string;
  role: string;
  organization: string;
}) {
  return (
    <div
      role="status"
      className="border-b border-fuchsia-300 bg-fuchsia-50 text-sm text-fuchsia-950 dark:border-fuchsia-900 dark:bg-fuchsia-950/50 dark:text-fuchsia-100"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 sm:px-6">
        <p className="min-w-0 flex-1">
          <strong>Support view, read-only.</strong> You ({support.admin.email}) see {organization} as {member} ({role.toLowerCase()}) until{" "}
          {formatDateTime(support.expiresAt)}. Reason: <span className="break-words">{support.reason}</span>. {organization}’s audit log
          records this visit.
        </p>
        <form action={endSupportAction}>
          <button type="submit" className="rounded-md bg-fuchsia-700 px-3 py-1 font-medium text-white hover:bg-fuchsia-600">
            End support view
          </button>
        </form>
      </div>
    </div>
  );
}
