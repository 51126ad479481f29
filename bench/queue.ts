// npm run bench:queue — the job queue on this machine, on a fresh (migrated) database of its own: how fast a worker drains
// jobs (throughput), and how long a job waits between the commit that queued it and its handler starting
// (delivery latency), with the worker's settings (src/server/jobs/worker.ts: one job at a time per queue, polled every
// second) and with a batch of 20. Figures vary from run to run on a shared machine: compare them within one run.
import { performance } from "node:perf_hooks";
import PgBoss from "pg-boss";
import { createTestDatabase } from "../scripts/db/test-database";

const JOBS = Number(process.env.BENCH_QUEUE_JOBS ?? 2000);
const LATENCY_SAMPLES = Number(process.env.BENCH_QUEUE_SAMPLES ?? 30);
const QUEUE = "bench";

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function drain(boss: PgBoss, batchSize: number): Promise<number> {
  const started = performance.now();
  let done = 0;
  await new Promise<void>((resolve) => {
    void boss.work(QUEUE, { batchSize, pollingIntervalSeconds: 0.5 }, async (jobs) => {
      done += jobs.length;
      if (done >= JOBS) resolve();
    });
  });
  const seconds = (performance.now() - started) / 1000;
  await boss.offWork(QUEUE);
  return JOBS / seconds;
}

async function main() {
  const database = await createTestDatabase();
  try {
    const boss = new PgBoss({ connectionString: database.url, schema: "pgboss", max: 4, supervise: false, schedule: false });
    boss.on("error", (error) => console.error(error.message));
    await boss.start();
    await boss.createQueue(QUEUE);

    const results: Record<string, number> = {};
    for (const batchSize of [1, 20]) {
      await boss.insert(Array.from({ length: JOBS }, (_, i) => ({ name: QUEUE, data: { i } })));
      results[`throughput, batch ${batchSize} (jobs/s)`] = Math.round(await drain(boss, batchSize));
    }

    // Latency: one job at a time, queued (committed) and timed until its handler runs, polled every second.
    const latencies: number[] = [];
    let queuedAt = 0;
    let arrived: () => void = () => undefined;
    await boss.work(QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async () => {
      latencies.push(performance.now() - queuedAt);
      arrived();
    });
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
      const done = new Promise<void>((resolve) => (arrived = resolve));
      queuedAt = performance.now();
      await boss.send(QUEUE, { i });
      await done;
    }
    results["latency p50 (ms)"] = Math.round(percentile(latencies, 50));
    results["latency p95 (ms)"] = Math.round(percentile(latencies, 95));
    results["latency max (ms)"] = Math.round(Math.max(...latencies));
    await boss.stop({ graceful: false, wait: true });

    console.log(`\nJob queue on ${database.kind} (${JOBS} jobs, ${LATENCY_SAMPLES} latency samples)`);
    for (const [name, value] of Object.entries(results)) console.log(`  ${name.padEnd(34)} ${value}`);
  } finally {
    await database.drop();
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
