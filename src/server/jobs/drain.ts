import "server-only";
import type PgBoss from "pg-boss";

/**
 * Takes the jobs of queue `name` that are due now in batches, runs each with `run`, completes or fails it, and asks
 * again at once while there are more; returns how many ran once none are due (or `until()` says stop). With
 * `concurrency` 1 the jobs run one after another in the order they were queued; otherwise a batch of that many runs
 * side by side. The worker's loop (worker.ts), the tests' (tests/support/jobs.ts) and the benchmark's.
 */
export async function drainQueue<T>(
  boss: PgBoss,
  name: string,
  run: (job: PgBoss.JobWithMetadata<T>) => Promise<void>,
  { concurrency = 1, until = () => false }: { concurrency?: number; until?: () => boolean } = {},
): Promise<number> {
  let ran = 0;
  while (!until()) {
    const jobs = await boss.fetch<T>(name, { batchSize: concurrency === 1 ? 20 : concurrency, includeMetadata: true });
    if (jobs.length === 0) return ran;
    // A batch comes back in no set order.
    jobs.sort((a, b) => a.createdOn.getTime() - b.createdOn.getTime());
    ran += jobs.length;
    const settle = async (job: PgBoss.JobWithMetadata<T>) => {
      try {
        await run(job);
        await boss.complete(name, job.id);
      } catch (error) {
        await boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
      }
    };
    if (concurrency === 1) for (const job of jobs) await settle(job);
    else await Promise.all(jobs.map(settle));
  }
  return ran;
}
