// npm run dev / npm start: runs Next.js against DATABASE_URL, or, when it is unset, against the embedded database in
// .data/ (started here, migrated, seeded on first start), and the job worker beside it (unless ORGSTACK_WORKER=off).
// In development a JWT secret is generated into .data/.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { demoLogins, seed } from "../prisma/seed";
import { announceEmbeddedUrl, claimDataDirectory, DATA_DIR, PGLITE_DIR, releaseDataDirectory } from "./db/data-directory";
import { EMBEDDED_CLIENT_ENV, EMBEDDED_DB_PORT, isListening, startEmbeddedDatabase, type EmbeddedDatabase } from "./db/embedded";
import { deployMigrations } from "./db/migrations";

const mode = parseMode(process.argv[2]);

function parseMode(value: string | undefined): "dev" | "start" {
  if (value !== "dev" && value !== "start") throw new Error("Usage: tsx scripts/run.ts dev|start");
  return value;
}

const root = path.resolve(import.meta.dirname, "..");
const dataDir = DATA_DIR;
const startedAt = performance.now();

function developmentSecret(): string {
  const file = path.join(dataDir, "jwt-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (!env.JWT_SECRET && mode === "dev") env.JWT_SECRET = developmentSecret();
  // Links in emails and the development checkout's webhooks go to APP_URL: on another PORT, follow it.
  if (!env.APP_URL && env.PORT) env.APP_URL = `http://localhost:${env.PORT}`;

  let embedded: EmbeddedDatabase | undefined;
  if (!env.DATABASE_URL) {
    claimDataDirectory();
    const port = Number(env.EMBEDDED_DB_PORT ?? EMBEDDED_DB_PORT);
    embedded = await startEmbeddedDatabase({ dataDir: PGLITE_DIR, port: (await isListening("127.0.0.1", port)) ? undefined : port });
    env.DATABASE_URL = embedded.url;
    Object.assign(env, EMBEDDED_CLIENT_ENV);
    announceEmbeddedUrl(embedded.url);
    console.log(`◇ Embedded PostgreSQL (PGlite) with data in .data/pglite at ${embedded.url}`);
  }
  if (embedded || mode === "dev") {
    const applied = await deployMigrations(env.DATABASE_URL!);
    if (applied.length) console.log(`◇ Applied migrations: ${applied.join(", ")}`);
  }
  if (embedded) {
    const { created } = await seed(env.DATABASE_URL!);
    if (created) console.log("◇ Seeded demo data");
    console.log(demoLogins().replace(/^/gm, "  "));
  }
  console.log(`◇ Database ready in ${Math.round(performance.now() - startedAt)} ms; starting Next.js (${mode})`);

  // Its own process group, so that stopping the launcher also stops the next-server process Next.js forks.
  const next = spawn(path.join(root, "node_modules/.bin/next"), [mode], { stdio: "inherit", env, detached: true });
  // The worker runs as its server does: NODE_ENV as next start / next dev set it.
  const worker =
    env.ORGSTACK_WORKER === "off" ? undefined : startWorker({ ...env, NODE_ENV: mode === "start" ? "production" : "development" });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next.exitCode === null && next.pid) process.kill(-next.pid, "SIGTERM");
    if (worker && worker.exitCode === null) {
      worker.kill("SIGTERM");
      await new Promise((resolve) => worker.once("exit", resolve));
    }
    await embedded?.stop();
    if (embedded) releaseDataDirectory();
    process.exit(code);
  };
  next.on("exit", (code) => void stop(code ?? 0));
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
}

/** The job worker (scripts/jobs/worker.ts) as a child: its failure is told, and the server keeps running. */
function startWorker(env: NodeJS.ProcessEnv) {
  const worker = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/jobs/worker.ts"], {
    stdio: "inherit",
    env,
    cwd: root,
  });
  worker.on("exit", (code, signal) => {
    if (signal !== "SIGTERM")
      console.error(
        `◇ The job worker stopped (${signal ?? `exit code ${code}`}): queued emails and webhooks wait until \`npm run jobs:work\` runs.`,
      );
  });
  return worker;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
