// npm run bench:queue — the job queue on this machine, on a fresh (migrated) database of its own, through the
// worker's own loop (src/server/jobs/drain.ts) with a handler that does nothing: how many jobs a worker takes per
// second one at a time and ten side by side (throughput: the queue's own cost, before any email or HTTP call), and how
// long a job waits between the commit that queued it and its handler starting while the worker idles (delivery
// latency: up to the 1-second poll). Figures vary from run to run on a shared machine: compare them within one run.
import { performance } from "node:perf_hooks";
import PgBoss from "pg-boss";
import { createTestDatabase } from "../scripts/db/test-database";
import { drainQueue } from "../src/server/jobs/drain";

const JOBS = Number(process.env.BENCH_QUEUE_JOBS ?? 2000);
const LATENCY_SAMPLES = Number(process.env.BENCH_QUEUE_SAMPLES ?? 30);
const QUEUE = "bench";
const POLL_MS = 1000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const database = await createTestDatabase();
  try {
    const boss = new PgBoss({ connectionString: database.url, schema: "pgboss", max: 4, supervise: false, schedule: false });
    boss.on("error", (error) => console.error(error.message));
    await boss.start();
    await boss.createQueue(QUEUE);

    const results: Record<string, number> = {};
    for (const concurrency of [1, 10]) {
      await boss.insert(Array.from({ length: JOBS }, (_, i) => ({ name: QUEUE, data: { i } })));
      const started = performance.now();
      const ran = await drainQueue(boss, QUEUE, async () => undefined, { concurrency });
      results[`throughput, concurrency ${concurrency} (jobs/s)`] = Math.round(ran / ((performance.now() - started) / 1000));
    }

    // Latency: jobs queued one at a time at random moments while the worker's loop idles between polls.
    const latencies: number[] = [];
    const queuedAt = new Map<number, number>();
    let stopping = false;
    const loop = (async () => {
      while (!stopping) {
        const ran = await drainQueue<{ i: number }>(
          boss,
          QUEUE,
          async (job) => void latencies.push(performance.now() - queuedAt.get(job.data.i)!),
        );
        if (ran === 0) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    })();
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 1000));
      queuedAt.set(i, performance.now());
      await boss.send(QUEUE, { i });
    }
    while (latencies.length < LATENCY_SAMPLES) await new Promise((resolve) => setTimeout(resolve, 100));
    stopping = true;
    await loop;
    results["latency p50 (ms)"] = Math.round(percentile(latencies, 50));
    results["latency p95 (ms)"] = Math.round(percentile(latencies, 95));
    results["latency max (ms)"] = Math.round(Math.max(...latencies));
    await boss.stop({ graceful: false, wait: true });

    console.log(
      `\nJob queue on the ${database.kind === "embedded" ? "embedded (PGlite)" : "PostgreSQL"} database (${JOBS} jobs, ${LATENCY_SAMPLES} latency samples)`,
    );
    for (const [name, value] of Object.entries(results)) console.log(`  ${name.padEnd(36)} ${value}`);
  } finally {
    await database.drop();
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
