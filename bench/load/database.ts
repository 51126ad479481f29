// Dedicated benchmark databases on the local PostgreSQL server: created, migrated, dropped by the run.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { ROOT } from "./server";

export const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database named `name` (an older one of that name is dropped first), migrated. Returns its URL. */
export async function createBenchDatabase(name: string): Promise<string> {
  const admin = new URL(ADMIN_URL);
  if (!["127.0.0.1", "localhost"].includes(admin.hostname)) throw new Error("Benchmarks only run against a local PostgreSQL server.");
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  await promisify(execFile)(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/db/migrate.ts", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url.href },
  });
  return url.href;
}

export function dropBenchDatabase(name: string): Promise<void> {
  return adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** The same database reached through another host and port (the counting proxy). */
export function through(url: string, port: number): string {
  const via = new URL(url);
  via.hostname = "127.0.0.1";
  via.port = String(port);
  return via.href;
}
