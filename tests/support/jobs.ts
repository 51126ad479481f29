// The job queue in integration tests: no worker runs in the background; a test (or a helper that reads what a job
// produces, like the captured emails) runs the due jobs itself, in this process, through the worker's own code.
import type PgBoss from "pg-boss";
import type { QueueName } from "@/server/jobs/queues";
import { connectJobs, runDueJobs } from "@/server/jobs/worker";

let boss: Promise<PgBoss> | undefined;

function testBoss(): Promise<PgBoss> {
  // No maintenance, schedules or polling of its own: only what the tests ask for.
  boss ??= connectJobs(process.env.DATABASE_URL!, { supervise: false, schedule: false, migrate: false }).start();
  return boss;
}

/** Runs every due job of the queue now; how many ran. */
export async function runJobs(name: QueueName): Promise<number> {
  return runDueJobs(await testBoss(), name);
}

/** As if every waiting retry of the queue were due now (instead of waiting out its backoff). */
export async function makeRetriesDue(name: QueueName): Promise<void> {
  const boss = await testBoss();
  await boss.getDb().executeSql(`UPDATE pgboss.job SET start_after = now() WHERE name = $1 AND state = 'retry'`, [name]);
}

/**
 * Drops the queue's waiting jobs that earlier test files left behind (fixtures' deliveries to nowhere, never run).
 * Files run one at a time, so none of them is still running: a file that runs the queue again and again then works on
 * its own jobs only, however many files ran before it.
 */
export async function discardLeftoverJobs(name: QueueName): Promise<void> {
  const boss = await testBoss();
  await boss.getDb().executeSql(`DELETE FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry')`, [name]);
}

/** The test's pg-boss, for what only a worker does (fetching without completing, maintenance). */
export { testBoss };
