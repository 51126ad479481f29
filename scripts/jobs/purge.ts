// npm run jobs:purge — deletes organizations whose 30-day grace period after deletion is over, with all their data.
// Run it daily (cron, a scheduled job of your platform). Runs under `--conditions=react-server` so that the server
// modules' `import "server-only"` guard resolves to its empty build outside Next.js.
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../src/generated/prisma/client";
import { purgeDeletedOrganizations } from "../../src/server/organizations/purge";
import { localDiskStorage } from "../../src/server/storage/local-disk";
import { withJobDatabase } from "../db/job-database";

async function main() {
  await withJobDatabase(async (url) => {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    try {
      const files = localDiskStorage(path.resolve(process.env.STORAGE_DIR || ".data/uploads"));
      const purged = await purgeDeletedOrganizations(client, files);
      for (const organization of purged) console.log(`Purged ${organization.name} (${organization.slug}, ${organization.id})`);
      console.log(purged.length ? `Purged ${purged.length} organization(s).` : "Nothing to purge.");
    } finally {
      await client.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
