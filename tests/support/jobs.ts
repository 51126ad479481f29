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

/** The test's pg-boss, for what only a worker does (fetching without completing, maintenance). */
export { testBoss };
