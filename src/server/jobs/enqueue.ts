import "server-only";
import PgBoss from "pg-boss";
import type { Tx } from "@/server/db";
import { QUEUES, type JobData, type QueueName } from "./queues";

export const JOB_SCHEMA = "pgboss";

// Only ever used to write a job inside a caller's transaction: it opens no connection of its own.
const globalForJobs = globalThis as unknown as { orgstackJobSender?: PgBoss };
function sender(): PgBoss {
  globalForJobs.orgstackJobSender ??= new PgBoss({
    schema: JOB_SCHEMA,
    db: {
      executeSql: () => {
        throw new Error("Jobs are enqueued inside a transaction: pass it to enqueue().");
      },
    },
  });
  return globalForJobs.orgstackJobSender;
}

/**
 * Adds a job in the caller's transaction (the outbox): it exists if and only if the change that asked for it
 * commits, and a worker runs it after the commit, retrying with backoff until it succeeds. Works under the tenant
 * role, which may insert jobs and nothing else of the queue.
 */
export async function enqueue<N extends QueueName>(tx: Pick<Tx, "$queryRawUnsafe">, name: N, data: JobData[N]): Promise<string> {
  const id = await sender().send(name, data, {
    ...retryOf(name),
    db: { executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map(asParameter)) }) },
  });
  // pg-boss answers null when the queue does not exist: a job that would never run must fail its transaction.
  if (!id) throw new Error(`The job queue "${name}" does not exist: apply the migrations (npm run db:migrate).`);
  return id;
}

/** What pg-boss is told about a queue's jobs: its retry rule and expiry (concurrency is the worker's business). */
export function retryOf(name: QueueName) {
  const { retryLimit, retryDelay, retryBackoff, expireInSeconds } = QUEUES[name];
  return { retryLimit, retryDelay, retryBackoff, expireInSeconds };
}

/** pg-boss hands node-postgres values; Prisma's raw queries take JSON as text and no undefined. */
function asParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === "object" && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}
