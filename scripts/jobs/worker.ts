// npm run jobs:work — the background worker: sends queued emails, delivers webhooks, runs the daily purge
// (src/server/jobs). `npm run dev` and `npm start` start one beside the server unless ORGSTACK_WORKER=off; run this
// command instead where the web and the worker processes are deployed apart. Runs under `--conditions=react-server`
// so that the server modules' `import "server-only"` guard resolves to its empty build outside Next.js.
import { EMBEDDED_CLIENT_ENV } from "../db/embedded";
import { withJobDatabase } from "../db/job-database";

async function main() {
  await withJobDatabase(async (url) => {
    if (!process.env.DATABASE_URL) Object.assign(process.env, { DATABASE_URL: url, ...EMBEDDED_CLIENT_ENV });
    const { startWorker } = await import("../../src/server/jobs/worker");
    const worker = await startWorker(url);
    console.log("◇ Worker started: emails, webhook deliveries and the daily purge run from the job queue");
    await new Promise<void>((resolve) => {
      const stop = () => void worker.stop().then(resolve);
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
  });
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
