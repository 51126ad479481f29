// The database a command-line job works on: DATABASE_URL when set; otherwise the embedded one in .data/, through the
// running app when there is one (npm run dev / start), else opened here for the job's duration and migrated first.
import { claimDataDirectory, PGLITE_DIR, releaseDataDirectory, runningEmbeddedUrl } from "./data-directory";
import { startEmbeddedDatabase } from "./embedded";
import { deployMigrations } from "./migrations";

export async function withJobDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  const running = runningEmbeddedUrl();
  if (running) return work(running);

  claimDataDirectory();
  const embedded = await startEmbeddedDatabase({ dataDir: PGLITE_DIR });
  try {
    await deployMigrations(embedded.url);
    return await work(embedded.url);
  } finally {
    await embedded.stop();
    releaseDataDirectory();
  }
}
