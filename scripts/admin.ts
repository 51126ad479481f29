// npm run admin:grant -- <email> / npm run admin:revoke -- <email>: application superadmins, who may open /admin.
// Runs under `--conditions=react-server` so that the server modules' `import "server-only"` guard resolves to its
// empty build outside Next.js.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../src/generated/prisma/client";
import { setSuperadmin } from "../src/server/admin/superadmins";
import { withJobDatabase } from "./db/job-database";

const MESSAGES = {
  granted: (email: string) => `${email} is now a superadmin: /admin is open to them from their next request.`,
  revoked: (email: string) => `${email} is no longer a superadmin.`,
  unchanged: (email: string) => `Nothing to do: ${email} already has that status.`,
  no_such_user: (email: string) => `No user with the email ${email}. They must sign up first.`,
};

async function main() {
  const [command, email] = process.argv.slice(2);
  if ((command !== "grant" && command !== "revoke") || !email) {
    console.error("Usage: npm run admin:grant -- <email>   or   npm run admin:revoke -- <email>");
    process.exit(2);
  }
  const result = await withJobDatabase(async (url) => {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    try {
      return await setSuperadmin(client, email, command === "grant");
    } finally {
      await client.$disconnect();
    }
  });
  console.log(MESSAGES[result.status](result.email));
  if (result.status === "no_such_user") process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
