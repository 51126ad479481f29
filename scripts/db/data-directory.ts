// The embedded database's data directory (.data/), shared by the app launcher (scripts/run.ts) and the command-line
// jobs (npm run jobs:purge, admin:grant): PGlite allows one process per directory, so whoever holds it says so in a
// lock file, and says where it serves the database so that a job can go through it instead of opening it twice.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export const DATA_DIR = path.resolve(import.meta.dirname, "../../.data");
export const PGLITE_DIR = path.join(DATA_DIR, "pglite");
const LOCK_FILE = path.join(DATA_DIR, "pglite.pid");
const URL_FILE = path.join(DATA_DIR, "pglite.url");

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The URL of the embedded database a running process serves from .data/, or null when none does. */
export function runningEmbeddedUrl(): string | null {
  const holder = existsSync(LOCK_FILE) ? Number(readFileSync(LOCK_FILE, "utf8")) : 0;
  if (!holder || holder === process.pid || !isRunning(holder) || !existsSync(URL_FILE)) return null;
  return readFileSync(URL_FILE, "utf8").trim() || null;
}

/** Takes the data directory for this process; throws when another live process holds it. */
export function claimDataDirectory(): void {
  mkdirSync(DATA_DIR, { recursive: true });
  const holder = existsSync(LOCK_FILE) ? Number(readFileSync(LOCK_FILE, "utf8")) : 0;
  if (holder && holder !== process.pid && isRunning(holder)) {
    throw new Error(`The embedded database in .data/ is in use by process ${holder}. Stop that server first.`);
  }
  writeFileSync(LOCK_FILE, String(process.pid));
  rmSync(URL_FILE, { force: true });
}

/** Records where this process serves the embedded database. */
export function announceEmbeddedUrl(url: string): void {
  writeFileSync(URL_FILE, url);
}

export function releaseDataDirectory(): void {
  rmSync(LOCK_FILE, { force: true });
  rmSync(URL_FILE, { force: true });
}
