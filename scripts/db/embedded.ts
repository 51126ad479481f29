// The embedded default database: real PostgreSQL (PGlite, compiled to WebAssembly) served over the Postgres wire
// protocol on loopback, so the app, Prisma and the migration engine talk to it exactly as to a server.
import { connect, createServer } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** The embedded server's usual port (`npm run dev` takes another if it is busy). */
export const EMBEDDED_DB_PORT = 54329;

/**
 * How the app must talk to the embedded database, for every launcher of it (npm run dev/start, the tests, e2e): it
 * runs one session, so concurrent connections would interleave their messages (one connection), and that session
 * outlives each connection, so a statement prepared by an earlier one would collide (no prepared statements).
 */
export const EMBEDDED_CLIENT_ENV = { DATABASE_POOL_MAX: "1", DATABASE_PREPARED_STATEMENTS: "false" } as const;

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/** Starts PGlite on 127.0.0.1. `dataDir` persists the data there; without it the database lives in memory. */
export async function startEmbeddedDatabase(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedDatabase> {
  const db = await PGlite.create(options.dataDir);
  const port = options.port ?? (await freePort());
  // A pool needs several connections; PGlite still runs one transaction at a time and queues the rest.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 20 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** True when a PostgreSQL server (or anything) accepts connections at host:port within a short wait. */
export function isListening(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}
