import type { Metadata } from "next";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/format";
import { requireSuperadmin } from "@/server/admin/require-superadmin";
import { listJobProblems } from "@/server/jobs/queries";
import { TABLE, TABLE_WRAP, TD, TH } from "../_components/table-styles";

export const metadata: Metadata = { title: "Jobs" };

const STATES = ["created", "active", "retry", "completed", "failed"];

/** The background jobs that went wrong: waiting for another attempt, or out of attempts. */
export default async function AdminJobsPage() {
  const admin = await requireSuperadmin();
  const { problems, counts } = await listJobProblems(admin);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Jobs</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {STATES.map((state) => `${counts[state] ?? 0} ${state}`).join(" · ")}. The worker logs each failure too.
      </p>
      {problems.length === 0 ? (
        <Notice title="Nothing failing">Every job so far ran, or is waiting for its first turn.</Notice>
      ) : (
        <div className={TABLE_WRAP}>
          <table className={TABLE}>
            <thead className="border-b border-zinc-200 dark:border-zinc-800">
              <tr>
                {["Queue", "State", "Attempts", "Organization", "Last error", "Queued", "Next attempt"].map((column) => (
                  <th key={column} className={TH}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {problems.map((job) => (
                <tr key={job.id} className="align-top">
                  <td className={`${TD} font-mono text-xs`}>{job.queue}</td>
                  <td
                    className={`${TD} ${job.state === "failed" ? "text-red-700 dark:text-red-400" : "text-amber-700 dark:text-amber-400"}`}
                  >
                    {job.state === "failed" ? "Failed" : "Retrying"}
                  </td>
                  <td className={TD}>
                    {/* retry_count counts the attempts after the first. */}
                    {job.retryCount + 1} of {job.retryLimit + 1}
                  </td>
                  <td className={TD}>{job.organizationName ?? "—"}</td>
                  <td className={`${TD} max-w-sm text-xs break-words`}>{job.error ?? "—"}</td>
                  <td className={`${TD} whitespace-nowrap`}>{formatDateTime(job.createdOn)}</td>
                  <td className={`${TD} whitespace-nowrap`}>{job.nextAttempt ? formatDateTime(job.nextAttempt) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
