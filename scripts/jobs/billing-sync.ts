// npm run jobs:billing-sync — makes every paid subscription's seat count in Stripe match the organization's billable
// members, repairing whatever a failed update after a join or removal left behind. Safe to run at any time and as
// often as you like (hourly, say); it changes only what differs (seat updates need no price ids). Runs under `--conditions=react-server`, as
// jobs:purge does, so the server modules' `import "server-only"` guard resolves outside Next.js.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../src/generated/prisma/client";
import { stripeClient, stripeGateway } from "../../src/server/billing/gateway";
import { reconcileSeats } from "../../src/server/billing/seats";
import { withJobDatabase } from "../db/job-database";

async function main() {
  const key = process.env.STRIPE_SECRET_KEY;
  if (!key) {
    console.log("STRIPE_SECRET_KEY is not set: there is no Stripe subscription to sync.");
    return;
  }
  await withJobDatabase(async (url) => {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    try {
      const results = await reconcileSeats(client, stripeGateway(stripeClient(key, process.env.STRIPE_API_URL || undefined), {}));
      for (const result of results.filter((r) => r.outcome === "updated" || r.outcome === "failed")) {
        console.log(
          `${result.organizationId}: ${result.from} → ${result.to} seats ${result.outcome}${result.error ? ` (${result.error})` : ""}`,
        );
      }
      const failed = results.filter((r) => r.outcome === "failed").length;
      console.log(
        `${results.length} subscription(s) checked, ${results.filter((r) => r.outcome === "updated").length} updated, ${failed} failed.`,
      );
      if (failed > 0) process.exitCode = 1;
    } finally {
      await client.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
