import "server-only";
import type { SuperadminContext } from "@/server/auth/context";
import { db } from "@/server/db";

export type JobProblem = {
  id: string;
  queue: string;
  state: "retry" | "failed";
  retryCount: number;
  retryLimit: number;
  error: string | null;
  organizationId: string | null;
  organizationName: string | null;
  createdOn: Date;
  nextAttempt: Date | null;
};

/**
 * What the queue could not do (superadmins, /admin/jobs): jobs waiting for a retry and jobs out of attempts, newest
 * first, with the last error and the organization they were for. Never the payload: emails carry live links.
 */
export async function listJobProblems(
  _admin: SuperadminContext,
  limit = 100,
): Promise<{ problems: JobProblem[]; counts: Record<string, number> }> {
  const [problems, states] = await Promise.all([
    db.$queryRawUnsafe<JobProblem[]>(
      `SELECT j.id::text, j.name AS queue, j.state::text AS state, j.retry_count AS "retryCount", j.retry_limit AS "retryLimit",
              j.output->>'message' AS error, j.data->>'organizationId' AS "organizationId", o.name AS "organizationName",
              j.created_on AS "createdOn", CASE WHEN j.state = 'retry' THEN j.start_after END AS "nextAttempt"
       FROM pgboss.job j LEFT JOIN "Organization" o ON o.id = j.data->>'organizationId'
       WHERE j.state IN ('retry', 'failed')
       ORDER BY j.created_on DESC LIMIT $1`,
      limit,
    ),
    db.$queryRawUnsafe<Array<{ state: string; count: number }>>(
      `SELECT state::text, count(*)::int AS count FROM pgboss.job GROUP BY state`,
    ),
  ]);
  return { problems, counts: Object.fromEntries(states.map((row) => [row.state, row.count])) };
}
