import "server-only";
import { Prisma, type Tx } from "@/server/db";
import { entitlementsOf, type Entitlements, type LicenseGrant } from "./entitlements";

/**
 * An organization's billing state as columns of a statement in which `o` is the organization and BILLING_JOIN is
 * joined: its subscription and its live licenses (not revoked, not expired). The request's context query
 * (auth/context.ts) and loadEntitlements select the same, so "live" is written once.
 */
export const BILLING_COLUMNS = Prisma.sql`sub.plan AS "subscriptionPlan", sub.status AS "subscriptionStatus", sub."graceEndsAt" AS "subscriptionGraceEndsAt",
           COALESCE((
             SELECT json_agg(json_build_object('plan', l.plan, 'feature', l.feature))
             FROM "License" l
             WHERE l."organizationId" = o.id AND l."revokedAt" IS NULL AND (l."expiresAt" IS NULL OR l."expiresAt" > now())
           ), '[]'::json) AS licenses`;
export const BILLING_JOIN = Prisma.sql`LEFT JOIN "Subscription" sub ON sub."organizationId" = o.id`;

export type BillingColumns = {
  subscriptionPlan: string | null;
  subscriptionStatus: string | null;
  subscriptionGraceEndsAt: Date | null;
  licenses: LicenseGrant[];
};

/** The entitlements those columns grant. */
export function entitlementsOfColumns(row: BillingColumns): Entitlements {
  const subscription =
    row.subscriptionPlan && row.subscriptionStatus
      ? { plan: row.subscriptionPlan, status: row.subscriptionStatus, graceEndsAt: row.subscriptionGraceEndsAt }
      : null;
  return entitlementsOf(subscription, row.licenses);
}

/**
 * An organization's entitlements read on their own, in one statement, for code that acts on an organization the
 * caller's context is not in (accepting an invitation). Requests in the organization take them from their context.
 */
export async function loadEntitlements(tx: Pick<Tx, "$queryRaw">, organizationId: string): Promise<Entitlements> {
  const [row] = await tx.$queryRaw<
    BillingColumns[]
  >`SELECT ${BILLING_COLUMNS} FROM "Organization" o ${BILLING_JOIN} WHERE o.id = ${organizationId}`;
  return entitlementsOfColumns(row ?? { subscriptionPlan: null, subscriptionStatus: null, subscriptionGraceEndsAt: null, licenses: [] });
}
