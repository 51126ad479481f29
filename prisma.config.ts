import { defineConfig } from "prisma/config";

// The CLI only generates the client here; migrations run through scripts/db/migrate.ts (see docs/decisions/0001).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/orgstack" },
});
