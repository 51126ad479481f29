import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { formatDate, formatMoney } from "@/lib/format";
import { requireOrgPage } from "@/server/auth/require-page";
import { FEATURES, PLANS, type Feature, type PlanKey } from "@/server/billing/plans";
import { billingOverview } from "@/server/billing/queries";
import { can } from "@/server/permissions";
import { BillingForm } from "./_components/billing-form";
import { checkoutAction, portalAction } from "./actions";

export const metadata: Metadata = { title: "Billing" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_LABELS: Record<string, string> = {
  none: "No subscription",
  trialing: "Trial",
  active: "Active",
  past_due: "Past due",
  unpaid: "Unpaid",
  canceled: "Canceled",
  incomplete: "Awaiting payment",
  incomplete_expired: "Checkout expired",
  paused: "Paused",
};

/** The organization's plan, usage against its limits, the plans to choose from and the invoices. Billing managers only. */
export default async function BillingPage({ searchParams }: Props) {
  const ctx = await requireOrgPage("/dashboard/billing");
  if (!can(ctx, "billing.manage")) notFound();
  const [overview, query] = await Promise.all([billingOverview(ctx), searchParams]);
  const { entitlements } = ctx;
  const current = PLANS[entitlements.plan];
  const subscription = overview.subscription;
  const organizationId = ctx.organization.id;
  const selling = overview.mode !== "off";

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Billing</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{ctx.organization.name}’s plan, seats and invoices.</p>
      </div>

      {query.checkout === "done" && (
        <Notice title="Thank you: your plan is updated." tone="success">
          It can take a few seconds for a payment to show here.
        </Notice>
      )}
      {query.checkout === "cancelled" && <Notice title="Checkout cancelled">Nothing was charged; your plan is unchanged.</Notice>}
      {query.changed === "1" && <Notice title="Subscription updated." tone="success" />}
      {overview.mode === "off" && (
        <Notice title="Billing is not set up on this server">
          Every organization has the {current.name} plan. An administrator sets STRIPE_SECRET_KEY to sell plans.
        </Notice>
      )}
      {overview.mode === "development" && (
        <p
          role="note"
          className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-100"
        >
          Development billing: checkout and portal are stand-ins for Stripe’s, no money changes hands, and every change reaches the app as a
          signed webhook.
        </p>
      )}
      {/* A failed payment within its grace period is announced by the dashboard's banner, on this page too. */}
      {(entitlements.status === "past_due" || entitlements.status === "unpaid") && !entitlements.graceEndsAt && (
        <div
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/50 dark:text-red-200"
        >
          Payment is overdue: paid features are off until it is paid. Your data is kept.
        </div>
      )}

      <section
        aria-labelledby="current-plan"
        className="rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h2 id="current-plan" className="text-sm font-medium text-zinc-600 dark:text-zinc-400">
              Current plan
            </h2>
            <p className="mt-1 flex items-center gap-2 text-xl font-semibold">
              {current.name}
              <StatusBadge status={entitlements.status} />
            </p>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{periodLine(subscription, entitlements.status)}</p>
          </div>
          {selling && subscription?.hasCustomer && (
            <div className="w-full sm:w-48">
              <BillingForm action={portalAction} organizationId={organizationId} label="Manage billing" pendingLabel="Opening…" />
            </div>
          )}
        </div>
        <div className="mt-5 grid gap-4 sm:grid-cols-2">
          <Meter
            label="Seats"
            used={overview.usage.seats}
            limit={entitlements.limits.seats}
            hint={overview.usage.pendingSeats > 0 ? `${overview.usage.pendingSeats} more invited` : undefined}
          />
          <Meter label="Projects" used={overview.usage.projects} limit={entitlements.limits.projects} />
        </div>
      </section>

      <section aria-labelledby="plans" className="space-y-3">
        <h2 id="plans" className="text-lg font-semibold">
          Plans
        </h2>
        <div className="grid gap-4 md:grid-cols-3">
          {(Object.keys(PLANS) as PlanKey[]).map((key) => (
            <PlanCard
              key={key}
              planKey={key}
              current={key === entitlements.plan}
              organizationId={organizationId}
              canBuy={selling && PLANS[key].stripePriceEnv !== null && key !== entitlements.plan}
              subscribed={subscription?.live === true}
            />
          ))}
        </div>
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          Prices are per seat a month. Guests are free. To move to a cheaper plan or cancel, use Manage billing: paid features stay until
          the period ends.
        </p>
      </section>

      <section aria-labelledby="invoices" className="space-y-3">
        <h2 id="invoices" className="text-lg font-semibold">
          Invoices
        </h2>
        {overview.invoices.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No invoices yet.</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-zinc-200 bg-zinc-50 text-xs text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
                <tr>
                  <th className="px-3 py-2 font-medium">Date</th>
                  <th className="px-3 py-2 font-medium">Number</th>
                  <th className="px-3 py-2 font-medium">Amount</th>
                  <th className="px-3 py-2 font-medium">Status</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
                {overview.invoices.map((invoice) => (
                  <tr key={invoice.id}>
                    <td className="px-3 py-2 whitespace-nowrap">{formatDate(invoice.issuedAt)}</td>
                    <td className="px-3 py-2 font-mono text-xs">
                      {invoice.hostedInvoiceUrl ? (
                        <a
                          href={invoice.hostedInvoiceUrl}
                          className="text-indigo-700 hover:underline dark:text-indigo-400"
                          rel="noreferrer"
                          target="_blank"
                        >
                          {invoice.number ?? invoice.id}
                        </a>
                      ) : (
                        (invoice.number ?? invoice.id)
                      )}
                    </td>
                    <td className="px-3 py-2">
                      {formatMoney(invoice.status === "paid" ? invoice.amountPaid : invoice.amountDue, invoice.currency)}
                    </td>
                    <td className="px-3 py-2 capitalize">{invoice.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

function PlanCard({
  planKey,
  current,
  canBuy,
  subscribed,
  organizationId,
}: {
  planKey: PlanKey;
  current: boolean;
  canBuy: boolean;
  subscribed: boolean;
  organizationId: string;
}) {
  const plan = PLANS[planKey];
  const features = new Set<Feature>(plan.features);
  return (
    <article
      aria-label={`${plan.name} plan`}
      className={`flex flex-col rounded-lg border bg-white p-5 dark:bg-zinc-900 ${current ? "border-indigo-500 ring-1 ring-indigo-500" : "border-zinc-200 dark:border-zinc-800"}`}
    >
      <h3 className="flex items-center justify-between font-semibold">
        {plan.name}
        {current && (
          <span className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300">
            Current
          </span>
        )}
      </h3>
      <p className="mt-1 text-2xl font-semibold">
        {plan.monthlyPricePerSeat === 0 ? "Free" : formatMoney(plan.monthlyPricePerSeat, "usd")}
        {plan.monthlyPricePerSeat > 0 && <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400"> / seat / month</span>}
      </p>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{plan.summary}</p>
      <ul className="mt-4 flex-1 space-y-1.5 text-sm">
        <li>{plan.limits.seats === null ? "Unlimited seats" : `Up to ${plan.limits.seats} seats`}</li>
        <li>{plan.limits.projects === null ? "Unlimited projects" : `Up to ${plan.limits.projects} projects`}</li>
        {(Object.keys(FEATURES) as Feature[]).map((feature) => (
          <li key={feature} className={features.has(feature) ? "" : "text-zinc-500 line-through dark:text-zinc-400"}>
            <span aria-hidden>{features.has(feature) ? "✓ " : "✕ "}</span>
            <span className="sr-only">{features.has(feature) ? "Includes " : "Does not include "}</span>
            {FEATURES[feature]}
          </li>
        ))}
        {plan.trialDays > 0 && <li className="text-zinc-600 dark:text-zinc-400">{plan.trialDays}-day free trial</li>}
      </ul>
      {canBuy && (
        <div className="mt-4">
          <BillingForm
            action={checkoutAction}
            organizationId={organizationId}
            fields={{ plan: planKey }}
            label={subscribed ? `Switch to ${plan.name}` : `Upgrade to ${plan.name}`}
            pendingLabel={subscribed ? "Opening the portal…" : "Opening checkout…"}
          />
        </div>
      )}
    </article>
  );
}

function Meter({ label, used, limit, hint }: { label: string; used: number; limit: number | null; hint?: string }) {
  const share = limit === null ? 0 : Math.min(1, used / Math.max(1, limit));
  const full = limit !== null && used >= limit;
  return (
    <div>
      <div className="flex items-baseline justify-between text-sm">
        <span className="font-medium">{label}</span>
        <span className={full ? "font-medium text-red-700 dark:text-red-400" : "text-zinc-600 dark:text-zinc-400"}>
          {used} of {limit === null ? "unlimited" : limit}
          {hint ? ` · ${hint}` : ""}
        </span>
      </div>
      {limit !== null && (
        <div
          role="meter"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={limit}
          aria-valuenow={used}
          className="mt-1.5 h-2 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800"
        >
          <div
            className={`h-full rounded-full ${full ? "bg-red-500" : "bg-indigo-500"}`}
            style={{ width: `${Math.round(share * 100)}%` }}
          />
        </div>
      )}
    </div>
  );
}

function StatusBadge({ status }: { status: string }) {
  const warn = status === "past_due" || status === "unpaid";
  return (
    <span
      className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${warn ? "bg-red-50 text-red-700 ring-red-600/20 dark:bg-red-950 dark:text-red-300" : "bg-zinc-50 text-zinc-700 ring-zinc-500/20 dark:bg-zinc-800 dark:text-zinc-300"}`}
    >
      {STATUS_LABELS[status] ?? status}
    </span>
  );
}

function periodLine(
  subscription: { currentPeriodEnd: Date | null; cancelAtPeriodEnd: boolean; trialEndsAt: Date | null } | null,
  status: string,
): string {
  if (!subscription?.currentPeriodEnd || status === "canceled" || status === "none") return "No paid subscription.";
  if (subscription.cancelAtPeriodEnd)
    return `Cancels on ${formatDate(subscription.currentPeriodEnd)}: the plan’s features stay until then.`;
  if (status === "trialing" && subscription.trialEndsAt) return `Trial until ${formatDate(subscription.trialEndsAt)}, then billed monthly.`;
  return `Renews on ${formatDate(subscription.currentPeriodEnd)}.`;
}
