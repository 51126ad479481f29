import "server-only";
import PgBoss from "pg-boss";
import { db } from "@/server/db";
import { purgeDeletedOrganizations } from "@/server/organizations/purge";
import { storage } from "@/server/storage";
import { runWebhookDelivery } from "@/server/webhooks/deliver";
import { JOB_SCHEMA } from "./enqueue";
import { runEmailJob } from "./handlers/email";
import { QUEUES, type JobData, type QueueName } from "./queues";

type Handler<N extends QueueName> = (job: PgBoss.JobWithMetadata<JobData[N]>) => Promise<void>;

/** What runs each queue's jobs. Tenant work inside a handler goes through withTenant with the job's organization. */
const HANDLERS: { [N in QueueName]: Handler<N> } = {
  email: runEmailJob,
  "webhook-delivery": runWebhookDelivery,
  "organization-purge": async () => {
    const purged = await purgeDeletedOrganizations(db, storage());
    for (const organization of purged) console.info(`[jobs] purged ${organization.name} (${organization.slug}, ${organization.id})`);
  },
};

/** The daily jobs, as cron expressions in UTC. */
export const SCHEDULES: Partial<Record<QueueName, string>> = { "organization-purge": "15 3 * * *" };

/** A pg-boss connected to the database: the worker's, or a test's. */
export function connectJobs(connectionString: string, options: Partial<PgBoss.ConstructorOptions> = {}): PgBoss {
  const boss = new PgBoss({ connectionString, schema: JOB_SCHEMA, max: 2, ...options });
  boss.on("error", (error) => console.error("[jobs] queue error:", error.message));
  return boss;
}

/**
 * The worker: runs every queue's jobs as they come (one at a time per queue, polled every second), the daily
 * schedules, and pg-boss's maintenance — which fails and retries a job whose worker died mid-run once its
 * expireInSeconds is over. Stops gracefully: a running job finishes first.
 */
export async function startWorker(connectionString: string): Promise<PgBoss> {
  const boss = connectJobs(connectionString, { maintenanceIntervalSeconds: 30 });
  await boss.start();
  for (const name of Object.keys(QUEUES) as QueueName[]) await work(boss, name);
  for (const [name, cron] of Object.entries(SCHEDULES)) await boss.schedule(name, cron, {}, { ...QUEUES[name as QueueName], tz: "UTC" });
  return boss;
}

async function work<N extends QueueName>(boss: PgBoss, name: N): Promise<void> {
  await boss.work<JobData[N]>(name, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    if (job) await runLogged(name, job);
  });
}

/** Runs, then completes or fails, every job of `name` that is due now; returns how many ran. For tests and scripts. */
export async function runDueJobs<N extends QueueName>(boss: PgBoss, name: N): Promise<number> {
  let ran = 0;
  for (;;) {
    const jobs = await boss.fetch<JobData[N]>(name, { batchSize: 20, includeMetadata: true });
    if (jobs.length === 0) return ran;
    // In the order they were queued, as the worker takes them one by one (a batch comes back in no set order).
    jobs.sort((a, b) => a.createdOn.getTime() - b.createdOn.getTime());
    for (const job of jobs) {
      ran += 1;
      try {
        await runLogged(name, job);
        await boss.complete(name, job.id);
      } catch (error) {
        await boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
}

async function runLogged<N extends QueueName>(name: N, job: PgBoss.JobWithMetadata<JobData[N]>): Promise<void> {
  try {
    await (HANDLERS[name] as Handler<N>)(job);
  } catch (error) {
    // The payload is never logged: emails carry live links. The queue keeps the error for /admin/jobs.
    const last = job.retryCount >= job.retryLimit;
    console.error(`[jobs] ${name} job ${job.id} failed${last ? " for the last time" : ", will retry"}: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}
