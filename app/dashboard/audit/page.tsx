import { buttonClass } from "@/components/ui/button";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { formatTimestamp } from "@/lib/format";
import { AUDIT_ACTION_LABELS, AUDIT_ACTION_NAMES, type AuditActionName } from "@/lib/audit-labels";
import { auditQuery, withoutEmpty } from "@/lib/validation/audit";
import { listAuditEvents, type AuditEventDto } from "@/server/audit/queries";
import { requireOrgPage } from "@/server/auth/require-page";
import { listMembers } from "@/server/members/queries";
import { cheapestPlanWith, PLANS } from "@/server/billing/plans";
import { can } from "@/server/permissions";
import { LockIcon } from "../billing/_components/locked-feature";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;
const INPUT = "block w-full rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const ctx = await requireOrgPage("/dashboard/audit");
  if (!can(ctx, "audit.read")) notFound();
  const raw = withoutEmpty(await searchParams);
  const parsed = auditQuery.safeParse({ ...raw, limit: PAGE_SIZE });
  const query = parsed.success ? parsed.data : { limit: PAGE_SIZE };
  const [page, members] = await Promise.all([listAuditEvents(ctx, query), listMembers(ctx, { limit: 100 })]);
  const { cursor: _cursor, limit: _limit, ...filters } = query;
  const filterParams = new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  const filtered = filterParams.size > 0;
  const exportLocked = `Audit log export is part of the ${PLANS[cheapestPlanWith("audit.export") ?? "business"].name} plan`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            Who did what in {ctx.organization.name}, newest first. Entries cannot be edited or deleted. Times are UTC.
          </p>
        </div>
        {ctx.entitlements.features.includes("audit.export") ? (
          <a href={`/api/audit/export?${filterParams}`} download className={buttonClass()}>
            Export CSV
          </a>
        ) : (
          <Link href="/dashboard/billing" className={buttonClass()} title={exportLocked}>
            <LockIcon />
            Export CSV <span className="sr-only">({exportLocked})</span>
          </Link>
        )}
      </div>

      <form
        aria-label="Filter the audit log"
        className="grid gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_10rem_10rem_auto] lg:items-end dark:border-zinc-800 dark:bg-zinc-900"
      >
        <div className="space-y-1">
          <label htmlFor="actorId" className="text-xs font-medium text-zinc-700 dark:text-zinc-300">
            Actor
          </label>
          <select id="actorId" name="actorId" defaultValue={filters.actorId ?? ""} className={INPUT}>
            <option value="">Anyone</option>
            {members.members.map((member) => (
              <option key={member.user.id} value={member.user.id}>
                {member.user.name} ({member.user.email})
              </option>
            ))}
            {/* Filtering by someone not listed (a former member, or past the first 100): keep them selected. */}
            {filters.actorId && !members.members.some((member) => member.user.id === filters.actorId) && (
              <option value={filters.actorId}>{page.events[0]?.actor?.name ?? "The selected person"}</option>
            )}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="action" className="text-xs font-medium text-zinc-700 dark:text-zinc-300">
            Action
          </label>
          <select id="action" name="action" defaultValue={filters.action ?? ""} className={INPUT}>
            <option value="">Any action</option>
            {AUDIT_ACTION_NAMES.map((action) => (
              <option key={action} value={action}>
                {AUDIT_ACTION_LABELS[action]}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="from" className="text-xs font-medium text-zinc-700 dark:text-zinc-300">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ""} className={INPUT} />
        </div>
        <div className="space-y-1">
          <label htmlFor="to" className="text-xs font-medium text-zinc-700 dark:text-zinc-300">
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ""} className={INPUT} />
        </div>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass("primary")}>
            Filter
          </button>
          {filtered && (
            <Link href="/dashboard/audit" className={buttonClass()}>
              Clear
            </Link>
          )}
        </div>
      </form>
      {!parsed.success && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {parsed.error.issues[0]?.message ?? "Some filters are invalid."} Showing the whole log instead.
        </p>
      )}

      {page.events.length === 0 ? (
        <Notice title={filtered ? "No events match these filters" : "Nothing recorded yet"}>
          {filtered
            ? "Widen the date range or pick another action or person."
            : "Changes to members, invitations, projects and settings appear here."}
        </Notice>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Audit events</caption>
            <thead className="border-b border-zinc-200 text-xs text-zinc-600 uppercase dark:border-zinc-800 dark:text-zinc-400">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Time (UTC)
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Actor
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Action
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Details
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {page.events.map((event) => (
                <tr key={event.id} className="align-top">
                  <td className="px-4 py-2 whitespace-nowrap text-zinc-600 dark:text-zinc-400">{formatTimestamp(event.createdAt)}</td>
                  <td className="px-4 py-2">
                    {event.apiKey ? (
                      <>
                        <span className="font-medium">API key “{event.apiKey.name}”</span>
                        <span className="block font-mono text-xs text-zinc-600 dark:text-zinc-400">{event.apiKey.prefix}…</span>
                      </>
                    ) : event.actor ? (
                      <>
                        <span className="font-medium">{event.actor.name}</span>
                        <span className="block text-xs text-zinc-600 dark:text-zinc-400">{event.actor.email}</span>
                      </>
                    ) : (
                      <span className="text-zinc-600 dark:text-zinc-400">Deleted user</span>
                    )}
                  </td>
                  <td className="px-4 py-2">
                    <span className="font-medium">{AUDIT_ACTION_LABELS[event.action as AuditActionName] ?? event.action}</span>
                    <code className="block text-xs text-zinc-600 dark:text-zinc-400">{event.action}</code>
                  </td>
                  <td className="max-w-md px-4 py-2 text-xs break-words text-zinc-600 dark:text-zinc-400">
                    <EventDetails event={event} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <nav aria-label="Audit log pages" className="flex justify-between text-sm">
        {query.cursor ? (
          <Link href={`/dashboard/audit?${filterParams}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-400">
            ← Newest
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor && (
          <Link
            href={`/dashboard/audit?${new URLSearchParams([...filterParams, ["cursor", page.nextCursor]])}`}
            className="font-medium text-indigo-700 hover:underline dark:text-indigo-400"
          >
            Older →
          </Link>
        )}
      </nav>
    </div>
  );
}

/** The target and the metadata as short "key: value" lines; the CSV export has the raw JSON. */
function EventDetails({ event }: { event: AuditEventDto }) {
  const metadata = event.metadata && typeof event.metadata === "object" && !Array.isArray(event.metadata) ? event.metadata : {};
  const entries = Object.entries(metadata);
  return (
    <>
      {event.targetType && (
        <span className="block">
          {event.targetType} <code>{event.targetId}</code>
        </span>
      )}
      {entries.map(([key, value]) => (
        <span key={key} className="block">
          {key}: {typeof value === "string" ? value : JSON.stringify(value)}
        </span>
      ))}
      {event.ip && <span className="block text-zinc-600 dark:text-zinc-400">from {event.ip}</span>}
    </>
  );
}
