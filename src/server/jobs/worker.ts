import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/env";
import { runSeatSyncJob } from "@/server/billing/seats";
import { recheckVerifiedDomains } from "@/server/domains/recheck";
import { db } from "@/server/db";
import { purgeDeletedOrganizations } from "@/server/organizations/purge";
import { storage } from "@/server/storage";
import { runWebhookDelivery } from "@/server/webhooks/deliver";
import { drainQueue } from "./drain";
import { JOB_SCHEMA, retryOf } from "./enqueue";
import { runEmailJob } from "./handlers/email";
import { QUEUES, type JobData, type QueueName } from "./queues";

type Handler<N extends QueueName> = (job: PgBoss.JobWithMetadata<JobData[N]>) => Promise<void>;

/** What runs each queue's jobs. Tenant work inside a handler goes through withTenant with the job's organization. */
const HANDLERS: { [N in QueueName]: Handler<N> } = {
  email: runEmailJob,
  "webhook-delivery": runWebhookDelivery,
  "billing-seat-sync": runSeatSyncJob,
  "organization-purge": async () => {
    const purged = await purgeDeletedOrganizations(db, storage());
    for (const organization of purged) console.info(`[jobs] purged ${organization.name} (${organization.slug}, ${organization.id})`);
  },
  "domain-recheck": async () => {
    const { lapsed, restored } = await recheckVerifiedDomains();
    if (lapsed.length + restored.length > 0)
      console.info(`[jobs] domains lapsed: ${lapsed.join(", ") || "none"}; verified again: ${restored.join(", ") || "none"}`);
  },
};

/** The daily jobs, as cron expressions in UTC. */
export const SCHEDULES: Partial<Record<QueueName, string>> = { "organization-purge": "15 3 * * *", "domain-recheck": "45 4 * * *" };

/** A pg-boss connected to the database: the worker's, or a test's. */
export function connectJobs(connectionString: string, options: Partial<PgBoss.ConstructorOptions> = {}): PgBoss {
  const boss = new PgBoss({ connectionString, schema: JOB_SCHEMA, max: 2, ...options });
  boss.on("error", (error) => console.error("[jobs] queue error:", error.message));
  return boss;
}

const POLL_MS = 1000;

export type Worker = { stop: () => Promise<void> };

/**
 * The worker: for each queue, a loop that takes due jobs in batches of the queue's concurrency, runs them side by
 * side, and asks again at once while there are more (pg-boss's own work() waits its polling interval after every
 * batch, which would cap a queue at one batch a second); when none are due it waits a second. Also the daily
 * schedules, and pg-boss's maintenance — which fails and retries a job whose worker died mid-run once its
 * expireInSeconds is over. Stops gracefully: running jobs finish first.
 */
export async function startWorker(connectionString: string): Promise<Worker> {
  // The embedded database (one connection per process) is one PostgreSQL session behind a socket server: statements
  // of several connections in flight at once can cross there. Its worker does one thing at a time, on one connection.
  const single = env.DATABASE_POOL_MAX === 1;
  const boss = connectJobs(connectionString, { maintenanceIntervalSeconds: 30, ...(single ? { max: 1 } : {}) });
  await boss.start();
  for (const [name, cron] of Object.entries(SCHEDULES)) await boss.schedule(name, cron, {}, { ...retryOf(name as QueueName), tz: "UTC" });
  let stopping = false;
  const sleepers = new Set<() => void>();
  // One loop per queue; on the embedded database, one loop for them all.
  const names = Object.keys(QUEUES) as QueueName[];
  const loops = (single ? [names] : names.map((name) => [name])).map(async (queues) => {
    while (!stopping) {
      let ran = 0;
      for (const name of queues) {
        try {
          ran += await runDueJobs(boss, name, { concurrency: single ? 1 : QUEUES[name].concurrency, until: () => stopping });
        } catch (error) {
          console.error(`[jobs] ${name}: could not fetch jobs: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (ran > 0) continue;
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          sleepers.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, POLL_MS);
        sleepers.add(wake);
      });
    }
  });
  return {
    stop: async () => {
      stopping = true;
      for (const wake of [...sleepers]) wake();
      await Promise.all(loops);
      await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
    },
  };
}

/** Runs the due jobs of one queue through its handler (drain.ts): the worker's loop, and what tests call. */
export function runDueJobs<N extends QueueName>(
  boss: PgBoss,
  name: N,
  options: { concurrency?: number; until?: () => boolean } = {},
): Promise<number> {
  return drainQueue<JobData[N]>(boss, name, (job) => runLogged(name, job), options);
}

async function runLogged<N extends QueueName>(name: N, job: PgBoss.JobWithMetadata<JobData[N]>): Promise<void> {
  try {
    await (HANDLERS[name] as Handler<N>)(job);
  } catch (error) {
    // The payload is never logged: emails carry live links. The queue keeps the error for /admin/jobs.
    const last = job.retryCount >= job.retryLimit;
    console.error(
      `[jobs] ${name} job ${job.id} failed${last ? " for the last time" : ", will retry"}: ${error instanceof Error ? error.message : String(error)}`,
    );
    throw error;
  }
}
