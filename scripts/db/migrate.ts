// npm run db:migrate            apply pending migrations to DATABASE_URL (production deploys)
// npm run db:migration <name>   create a migration from changes to prisma/schema.prisma
// npm run db:status             compare DATABASE_URL's history with prisma/migrations
import { createMigration, deployMigrations, migrationStatus } from "./migrations";

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. (`npm run dev` migrates the embedded database by itself.)");
    process.exit(1);
  }
  return url;
}

async function main() {
  const [command, name] = process.argv.slice(2);
  switch (command) {
    case "deploy": {
      const applied = await deployMigrations(databaseUrl());
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
      break;
    }
    case "create": {
      if (!name) throw new Error("Usage: npm run db:migration -- <name>");
      const folder = await createMigration(name);
      console.log(folder ? `Created ${folder}` : "The schema matches the migrations: nothing to create.");
      break;
    }
    case "status":
      console.log(JSON.stringify(await migrationStatus(databaseUrl()), null, 2));
      break;
    default:
      throw new Error(`Unknown command ${command ?? "(none)"}: use deploy, create or status.`);
  }
}

// The engine keeps its pool open; exit explicitly so the command returns at once.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
