import "server-only";
import { isLiveSubscription } from "./entitlements";
import { env } from "@/env";
import { audit } from "@/server/audit/record";
import type { MemberContext } from "@/server/auth/context";
import { db } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { billingGateway, type BillingGateway } from "./gateway";
import { isPlanKey, PLANS } from "./plans";
import { countSeats } from "./usage";

/**
 * Where "Upgrade" sends a billing manager: Stripe Checkout for the plan, one seat per billable member, on the
 * organization's one Stripe customer (created the first time, kept on its Subscription row). An organization that
 * already has a live subscription changes plan in the portal instead, so it never pays twice.
 */
export async function startCheckout(
  ctx: MemberContext,
  planKey: string,
  meta: RequestMeta,
  gateway: BillingGateway | null = billingGateway(),
): Promise<Result<{ url: string }>> {
  if (!gateway) return billingOff();
  if (!isPlanKey(planKey) || !gateway.priceOf(planKey))
    return fail("VALIDATION_FAILED", "Choose one of the paid plans.", { plan: "Choose one of the paid plans." });
  const organizationId = ctx.organization.id;
  const stored = await db.subscription.findUnique({ where: { organizationId } });
  if (stored?.stripeSubscriptionId && isLiveSubscription(stored.status)) return openPortal(ctx, gateway);

  let customerId = stored?.stripeCustomerId ?? null;
  if (!customerId) {
    customerId = await gateway.createCustomer(ctx.organization, ctx.user.email);
    await db.subscription.upsert({
      where: { organizationId },
      create: { organizationId, plan: ctx.entitlements.plan, status: "none", stripeCustomerId: customerId },
      update: { stripeCustomerId: customerId },
    });
  }
  const seats = Math.max(1, await countSeats(db, organizationId));
  const url = await gateway.checkoutUrl({
    organizationId,
    customerId,
    plan: planKey,
    seats,
    // One trial per organization: not again after a subscription it already had.
    trialDays: stored?.stripeSubscriptionId ? 0 : PLANS[planKey].trialDays,
    successUrl: `${env.APP_URL}/dashboard/billing?checkout=done`,
    cancelUrl: `${env.APP_URL}/dashboard/billing?checkout=cancelled`,
  });
  await db.$transaction(async (tx) => {
    await audit(tx, ctx, meta, {
      action: "billing.checkout_started",
      targetType: "organization",
      targetId: organizationId,
      metadata: { plan: planKey, seats },
    });
  });
  return { ok: true, url };
}

/** Where "Manage billing" sends a billing manager: Stripe's Customer Portal for the organization's customer. */
export async function openPortal(ctx: MemberContext, gateway: BillingGateway | null = billingGateway()): Promise<Result<{ url: string }>> {
  if (!gateway) return billingOff();
  const stored = await db.subscription.findUnique({ where: { organizationId: ctx.organization.id }, select: { stripeCustomerId: true } });
  if (!stored?.stripeCustomerId) return fail("NOT_FOUND", "This organization has no billing account yet: choose a plan first.");
  return { ok: true, url: await gateway.portalUrl(stored.stripeCustomerId, `${env.APP_URL}/dashboard/billing`) };
}

export function billingOff() {
  return fail("BILLING_OFF", "Billing is not set up on this server: every organization has the default plan.");
}
