import "server-only";
import type { OrgContext } from "@/server/auth/context";
import { db, type Tx } from "@/server/db";

/** The database role tenant code runs as; row-level security policies only let it see app.current_org's rows. */
export const TENANT_DB_ROLE = "orgstack_tenant";

/**
 * Runs `work` in one transaction as the restricted database role, with the organization set for the row-level
 * security policies (migration 20261123130000_row_level_security). Every tenant query goes through here: even a
 * query that forgets its organization filter can then neither read nor write another organization's rows.
 * The settings are transaction-local, so a pooled connection never carries them into another request.
 */
export async function withTenant<T>(ctx: { organization: Pick<OrgContext["organization"], "id"> }, work: (tx: Tx) => Promise<T>): Promise<T> {
  const organizationId = ctx.organization.id;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('role', ${TENANT_DB_ROLE}, true), set_config('app.current_org', ${organizationId}, true)`;
    return work(tx);
  });
}
