import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatDate } from "@/lib/format";
import { requireOrgPage } from "@/server/auth/require-page";
import { billingMode } from "@/server/billing/gateway";
import { PLANS, type PlanKey } from "@/server/billing/plans";
import { billingOverview } from "@/server/billing/queries";
import { can } from "@/server/permissions";
import { BillingForm } from "../../../dashboard/billing/_components/billing-form";
import { DevFrame } from "../_components/dev-frame";
import { devPortalAction } from "../actions";

export const metadata: Metadata = { title: "Billing portal (development)" };

/**
 * Stands in for Stripe's Customer Portal without Stripe keys: each change is sent to the app as the webhooks Stripe
 * would send, including a failed payment, so the grace period can be tried too.
 */
export default async function DevPortalPage() {
  const ctx = await requireOrgPage("/dashboard/billing");
  if (billingMode() !== "development" || !can(ctx, "billing.manage")) notFound();
  const { subscription } = await billingOverview(ctx);
  const organizationId = ctx.organization.id;
  const plan = ctx.entitlements.plan;
  const others = (Object.keys(PLANS) as PlanKey[]).filter((key) => key !== plan && PLANS[key].stripePriceEnv);

  return (
    <DevFrame title="Billing portal">
      <h1 className="text-xl font-semibold">{ctx.organization.name}’s subscription</h1>
      {!subscription?.live ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No subscription to manage: choose a plan on the billing page.</p>
      ) : (
        <>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {PLANS[plan].name}, {subscription.seats} seat{subscription.seats === 1 ? "" : "s"}, status {subscription.status}
            {subscription.currentPeriodEnd ? `, period ends ${formatDate(subscription.currentPeriodEnd)}` : ""}.
          </p>
          <section
            aria-label="Change plan"
            className="space-y-3 rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <h2 className="font-medium">Change plan</h2>
            {others.map((key) => (
              <BillingForm
                key={key}
                action={devPortalAction}
                organizationId={organizationId}
                fields={{ change: "switch_plan", plan: key }}
                label={`Switch to ${PLANS[key].name}`}
                pendingLabel="Switching…"
              />
            ))}
          </section>
          <section
            aria-label="Cancel"
            className="space-y-3 rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <h2 className="font-medium">Cancel</h2>
            {subscription.cancelAtPeriodEnd ? (
              <BillingForm
                action={devPortalAction}
                organizationId={organizationId}
                fields={{ change: "resume" }}
                label="Keep the subscription"
                pendingLabel="Resuming…"
              />
            ) : (
              <BillingForm
                action={devPortalAction}
                organizationId={organizationId}
                fields={{ change: "cancel_at_period_end" }}
                label="Cancel at the end of the period"
                pendingLabel="Cancelling…"
                variant="danger"
              />
            )}
            <BillingForm
              action={devPortalAction}
              organizationId={organizationId}
              fields={{ change: "cancel_now" }}
              label="Cancel now (back to Free)"
              pendingLabel="Cancelling…"
              variant="danger"
            />
          </section>
          <section
            aria-label="Payments"
            className="space-y-3 rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <h2 className="font-medium">Simulate a renewal</h2>
            <BillingForm
              action={devPortalAction}
              organizationId={organizationId}
              fields={{ change: "fail_payment" }}
              label="The next payment fails"
              pendingLabel="Sending…"
              variant="danger"
            />
            <BillingForm
              action={devPortalAction}
              organizationId={organizationId}
              fields={{ change: "pay" }}
              label="The next payment succeeds"
              pendingLabel="Sending…"
            />
          </section>
        </>
      )}
    </DevFrame>
  );
}
