import "server-only";
import type { Tx } from "@/server/db";
import { entitlementsOf, type Entitlements } from "./entitlements";

/**
 * An organization's entitlements read on their own, for code that acts on an organization the caller's context is
 * not in (accepting an invitation). Requests in the organization take them from their context instead.
 */
export async function loadEntitlements(tx: Tx, organizationId: string, now = new Date()): Promise<Entitlements> {
  const [subscription, licenses] = await Promise.all([
    tx.subscription.findUnique({ where: { organizationId }, select: { plan: true, status: true, graceEndsAt: true } }),
    tx.license.findMany({
      where: { organizationId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      select: { plan: true, feature: true },
    }),
  ]);
  return entitlementsOf(subscription, licenses, now);
}
