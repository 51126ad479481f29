// A fresh, throw-away database for one test run: a new database on the local PostgreSQL server when one listens on
// 127.0.0.1:5432, else an in-memory embedded one. Migrated, never an existing database, always dropped afterwards.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { isListening, startEmbeddedDatabase } from "./embedded";

export type TestDatabase = { url: string; kind: "postgresql" | "embedded"; drop: () => Promise<void> };

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = new URL(ADMIN_URL);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(admin.hostname)) {
    throw new Error(`Refusing to create test databases on ${admin.hostname}: tests only use a local server.`);
  }
  const useServer = process.env.ORGSTACK_TEST_DB !== "embedded" && (await isListening(admin.hostname, Number(admin.port || 5432)));
  const database = useServer ? await createServerDatabase(admin) : await createEmbeddedDatabase();
  try {
    await migrate(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

/**
 * Through `npm run db:migrate`'s script in a child process: the WebAssembly engine leaves a 10-second timer behind,
 * which would hold the test runner open after the last test.
 */
async function migrate(url: string): Promise<void> {
  const root = path.resolve(import.meta.dirname, "../..");
  await promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), ["scripts/db/migrate.ts", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
  });
}

async function createServerDatabase(admin: URL): Promise<TestDatabase> {
  const name = `orgstack_test_${randomBytes(6).toString("hex")}`;
  await withClient(admin.href, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin.href);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    kind: "postgresql",
    drop: () => withClient(admin.href, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

async function createEmbeddedDatabase(): Promise<TestDatabase> {
  const embedded = await startEmbeddedDatabase();
  return { url: embedded.url, kind: "embedded", drop: embedded.stop };
}

async function withClient(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
