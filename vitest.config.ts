import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname, "src"),
  // Outside Next.js the guard would throw on import; the real one still protects the app bundles.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

// The integration tests' database and configuration, shared by the benchmarks (npm run bench).
const integrationEnv = {
  NODE_ENV: "test",
  JWT_SECRET: "integration-tests-secret-that-is-long-enough",
  // A rotation in progress: tokens signed with this one still work (tests/integration/middleware.test.ts).
  JWT_SECRET_PREVIOUS: "integration-tests-previous-secret-also-long-enough",
  // Cost 4 keeps the suite fast; the default (12) is covered by a unit test.
  BCRYPT_COST: "4",
  // Subdomain deep links (acme.orgstack.test) are tested too.
  ROOT_DOMAIN: "orgstack.test",
  // Uploaded logos go to a scratch directory, not the developer's .data/.
  STORAGE_DIR: path.join(tmpdir(), `orgstack-test-uploads-${process.pid}`),
} as const;

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          // One database for the run, and tests assert on whole-table row counts ("nothing written"): one file at a time.
          fileParallelism: false,
          env: integrationEnv,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "bench",
          include: [],
          benchmark: { include: ["bench/**/*.bench.ts"] },
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          env: integrationEnv,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
