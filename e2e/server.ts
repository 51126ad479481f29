// The server Playwright tests against: a fresh database, a production build, `next start`. Stops cleanly on SIGTERM.
import { spawn, spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createTestDatabase } from "../scripts/db/test-database";
import { databaseInfoFile } from "./database";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.E2E_PORT ?? "3100";

async function main() {
  const database = await createTestDatabase();
  console.log(`[e2e] fresh ${database.kind} database`);
  writeFileSync(databaseInfoFile(port), JSON.stringify({ url: database.url }));
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    JWT_SECRET: "e2e-secret-0123456789-0123456789-0123456789",
    BCRYPT_COST: "8",
  };
  const next = path.join(root, "node_modules/.bin/next");
  if (process.env.E2E_SKIP_BUILD !== "1") {
    const build = spawnSync(next, ["build"], { stdio: "inherit", env, cwd: root });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const server = spawn(next, ["start", "-p", port], { stdio: "inherit", env, cwd: root });
  const stop = async () => {
    server.kill("SIGTERM");
    rmSync(databaseInfoFile(port), { force: true });
    await database.drop().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", (code) => {
    void database.drop().finally(() => process.exit(code ?? 1));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
