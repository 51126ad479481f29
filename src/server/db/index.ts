import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";
import { PipeliningClient } from "./pipelining-client";
import { preparedStatementName } from "./prepared-statements";

export { Prisma } from "@/generated/prisma/client";
export type { Role, SsoProtocol } from "@/generated/prisma/client";

function createClient() {
  const client = new PrismaClient({
    adapter: new PrismaPg(
      new pg.Pool({
        connectionString: env.DATABASE_URL,
        ...(env.DATABASE_POOL_MAX ? { max: env.DATABASE_POOL_MAX } : {}),
        // Statements nobody waits for share the next one's round trip (decision 0010).
        Client: PipeliningClient,
      }),
      env.DATABASE_PREPARED_STATEMENTS ? { statementNameGenerator: preparedStatementName } : undefined,
    ),
    // Query events let tests and benchmarks count database round trips per request.
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", () => {
    queryCounter.count += 1;
  });
  return client;
}

/** Every statement sent to the database increments this; read it before and after a request. */
export const queryCounter = { count: 0 };

type Client = ReturnType<typeof createClient>;

// One client per process, also across Next.js dev hot reloads.
const globalForPrisma = globalThis as unknown as { orgstackPrisma?: Client };

/** The Prisma client, created on first use so that importing this module (as `next build` does) needs no configuration. */
export const db: Client = new Proxy({} as Client, {
  get(_target, key) {
    const client = (globalForPrisma.orgstackPrisma ??= createClient());
    const value: unknown = Reflect.get(client, key, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
