import "server-only";
import { Prisma, type Tx } from "@/server/db";
import { PIPELINED } from "@/server/db/pipelining-client";

/**
 * Takes the organization's billing lock until the transaction ends: webhook deliveries for one organization, and
 * the seat and project counts that must not be raced past a limit, run one at a time. An advisory lock, so it needs
 * no row to exist (an organization without a subscription has none) and no write privilege (tenant code takes it
 * too). Sent without waiting: the statement behind it runs only once it is held.
 */
export async function lockBilling(tx: Tx, organizationId: string): Promise<void> {
  await tx.$executeRaw`${Prisma.raw(PIPELINED)} SELECT pg_advisory_xact_lock(hashtextextended(${`orgstack.billing:${organizationId}`}, 0))`;
}
