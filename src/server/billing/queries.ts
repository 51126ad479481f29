import "server-only";
import { isLiveSubscription } from "./entitlements";
import type { OrgContext } from "@/server/auth/context";
import { readTenant } from "@/server/tenant/scope";
import { billingMode, type BillingMode } from "./gateway";
import { countPendingSeats, countSeats } from "./usage";

export type InvoiceDto = {
  id: string;
  number: string | null;
  status: string;
  amountDue: number;
  amountPaid: number;
  currency: string;
  hostedInvoiceUrl: string | null;
  issuedAt: Date;
};

export type BillingOverview = {
  mode: BillingMode;
  subscription: {
    status: string;
    seats: number;
    currentPeriodEnd: Date | null;
    cancelAtPeriodEnd: boolean;
    trialEndsAt: Date | null;
    hasCustomer: boolean;
    live: boolean;
  } | null;
  usage: { seats: number; pendingSeats: number; projects: number };
  invoices: InvoiceDto[];
};

/** What the billing page shows: the subscription as the webhooks left it, usage against the limits, recent invoices. */
export async function billingOverview(ctx: OrgContext): Promise<BillingOverview> {
  const organizationId = ctx.organization.id;
  const [subscription, seats, pendingSeats, projects, invoices] = await readTenant(ctx, (tx) =>
    Promise.all([
      tx.subscription.findUnique({ where: { organizationId } }),
      countSeats(tx, organizationId),
      countPendingSeats(tx, organizationId),
      tx.project.count({ where: { organizationId } }),
      tx.invoice.findMany({
        where: { organizationId },
        orderBy: { issuedAt: "desc" },
        take: 10,
        select: {
          id: true,
          number: true,
          status: true,
          amountDue: true,
          amountPaid: true,
          currency: true,
          hostedInvoiceUrl: true,
          issuedAt: true,
        },
      }),
    ]),
  );
  return {
    mode: billingMode(),
    subscription: subscription && {
      status: subscription.status,
      seats: subscription.seats,
      currentPeriodEnd: subscription.currentPeriodEnd,
      cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
      trialEndsAt: subscription.trialEndsAt,
      hasCustomer: subscription.stripeCustomerId !== null,
      live: subscription.stripeSubscriptionId !== null && isLiveSubscription(subscription.status),
    },
    usage: { seats, pendingSeats, projects },
    invoices,
  };
}
