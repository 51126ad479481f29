import { buttonClass } from "@/components/ui/button";
import Link from "next/link";
import { cheapestPlanWith, FEATURES, PLANS, type Feature } from "@/server/billing/plans";

/**
 * Stands where a feature's form would be when the plan does not include it: what the feature is, which plan has it,
 * and the way there — the billing page for a billing manager, whom to ask for everyone else. Shown, not hidden, so
 * people know the feature exists.
 */
export function LockedFeature({ feature, canUpgrade, children }: { feature: Feature; canUpgrade: boolean; children?: React.ReactNode }) {
  const plan = cheapestPlanWith(feature);
  return (
    <div
      role="note"
      aria-label={`${FEATURES[feature]} is locked`}
      className="rounded-md border border-indigo-200 bg-indigo-50/60 p-4 text-sm dark:border-indigo-900 dark:bg-indigo-950/40"
    >
      <p className="flex items-center gap-1.5 font-medium">
        <LockIcon />
        {FEATURES[feature]} {plan ? `is part of the ${PLANS[plan].name} plan.` : "is not part of any plan."}
      </p>
      {children && <p className="mt-1 text-zinc-600 dark:text-zinc-400">{children}</p>}
      {plan &&
        (canUpgrade ? (
          <Link href="/dashboard/billing" className={buttonClass("primary", "md", "mt-3")}>
            Upgrade to {PLANS[plan].name}
          </Link>
        ) : (
          <p className="mt-2 text-zinc-600 dark:text-zinc-400">Ask an owner of the organization to upgrade.</p>
        ))}
    </div>
  );
}

/** A padlock drawn inline (emoji fonts are missing on some systems). */
export function LockIcon() {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className="size-3.5 shrink-0 fill-current">
      <path d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 6H6V4.5a2 2 0 1 1 4 0V7Z" />
    </svg>
  );
}
