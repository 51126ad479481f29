import { defineConfig } from "prisma/config";

// The CLI generates the client and runs Studio here; migrations run through scripts/db/migrate.ts
// (docs/decisions/0001). Without DATABASE_URL it points at the embedded database that `npm run dev` serves.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:54329/postgres" },
});
