import "server-only";
import type { OrgContext } from "@/server/auth/context";
import { db, type Tx } from "@/server/db";
import { PIPELINED, PIPELINED_READ_ONLY } from "@/server/db/pipelining-client";

/** The database role tenant code runs as; row-level security policies only let it see app.current_org's rows. */
export const TENANT_DB_ROLE = "orgstack_tenant";

type TenantScope = { organization: Pick<OrgContext["organization"], "id">; support?: OrgContext["support"] };

/** Thrown by withTenant in a support view: the wrappers refuse writes first; this holds where one was missed. */
export class SupportReadOnlyError extends Error {
  constructor() {
    super("A support view is read-only.");
  }
}

/**
 * Runs `work` in one transaction as the restricted database role, with the organization set for the row-level
 * security policies (migration 20261123130000_row_level_security). Every tenant write goes through here: even a
 * query that forgets its organization filter can then neither read nor write another organization's rows.
 * The settings are transaction-local, so a pooled connection never carries them into another request. BEGIN and
 * the settings travel with the transaction's first query (db/pipelining-client.ts): one round trip, not three.
 */
export function withTenant<T>(ctx: TenantScope, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (ctx.support) return Promise.reject(new SupportReadOnlyError());
  return tenantTransaction(ctx, { readOnly: false }, work);
}

/**
 * withTenant for work that only reads: PostgreSQL refuses any write in it (transaction_read_only), and the response
 * does not wait for its COMMIT. A tenant read then costs the one round trip of its query.
 */
export function readTenant<T>(ctx: TenantScope, work: (tx: Tx) => Promise<T>): Promise<T> {
  return tenantTransaction(ctx, { readOnly: true }, work);
}

function tenantTransaction<T>(ctx: TenantScope, options: { readOnly: boolean }, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await enterTenant(tx, ctx, options);
    return work(tx);
  });
}

/** The first statement of a tenant transaction (exported for the tests that run it on a pool of their own). */
export async function enterTenant(tx: Pick<Tx, "$executeRawUnsafe">, ctx: TenantScope, options: { readOnly: boolean }): Promise<void> {
  const mark = options.readOnly ? PIPELINED_READ_ONLY : PIPELINED;
  await tx.$executeRawUnsafe(
    `${mark} SELECT set_config('role', $1, true), set_config('app.current_org', $2, true), set_config('transaction_read_only', $3, true)`,
    TENANT_DB_ROLE,
    ctx.organization.id,
    options.readOnly ? "on" : "off",
  );
}
