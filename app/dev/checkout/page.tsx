import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatMoney } from "@/lib/format";
import { requireOrgPage } from "@/server/auth/require-page";
import { billingMode } from "@/server/billing/gateway";
import { isPlanKey, PLANS } from "@/server/billing/plans";
import { can } from "@/server/permissions";
import { BillingForm } from "../../dashboard/billing/_components/billing-form";
import { DevFrame } from "./_components/dev-frame";
import { devCheckoutAction } from "./actions";

export const metadata: Metadata = { title: "Checkout (development)" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Stands in for Stripe Checkout without Stripe keys (BILLING_MODE=development): "Pay" sends the app the webhooks a
 * real payment would, signed, through its real endpoint. Same guard as the billing page.
 */
export default async function DevCheckoutPage({ searchParams }: Props) {
  const ctx = await requireOrgPage("/dashboard/billing");
  if (billingMode() !== "development" || !can(ctx, "billing.manage")) notFound();
  const { plan: planParam, seats: seatsParam } = await searchParams;
  if (typeof planParam !== "string" || !isPlanKey(planParam) || !PLANS[planParam].stripePriceEnv) notFound();
  const plan = PLANS[planParam];
  const seats = Math.max(1, Number(seatsParam) || 1);
  const total = formatMoney(plan.monthlyPricePerSeat * seats);

  return (
    <DevFrame title="Checkout">
      <section aria-labelledby="checkout" className="rounded-lg border border-zinc-200 bg-white p-6 dark:border-zinc-800 dark:bg-zinc-900">
        <h1 id="checkout" className="text-xl font-semibold">
          Subscribe {ctx.organization.name} to {plan.name}
        </h1>
        <dl className="mt-4 grid grid-cols-2 gap-y-2 text-sm">
          <dt className="text-zinc-600 dark:text-zinc-400">Seats</dt>
          <dd className="text-right">{seats}</dd>
          <dt className="text-zinc-600 dark:text-zinc-400">Per seat</dt>
          <dd className="text-right">{formatMoney(plan.monthlyPricePerSeat)} / month</dd>
          <dt className="font-medium">{plan.trialDays > 0 ? `Due today (${plan.trialDays}-day trial)` : "Due today"}</dt>
          <dd className="text-right font-medium">{plan.trialDays > 0 ? formatMoney(0) : total}</dd>
        </dl>
        {plan.trialDays > 0 && (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
            Then {total} a month for {seats} seat{seats === 1 ? "" : "s"} when the trial ends.
          </p>
        )}
        <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
          No card is asked for and nothing is charged: this page only tells the app, as Stripe would, that the payment went through.
        </p>
        <div className="mt-5">
          <BillingForm
            action={devCheckoutAction}
            organizationId={ctx.organization.id}
            fields={{ plan: planParam }}
            label={`Pay and subscribe`}
            pendingLabel="Paying…"
          />
        </div>
      </section>
    </DevFrame>
  );
}
