"use client";

import { buttonClass } from "@/components/ui/button";
import { RoleBadge } from "@/components/ui/role-badge";
import { useSwitchOrganization } from "./use-switch-organization";

type Membership = { organization: { id: string; name: string; slug: string }; role: string };

export function OrganizationList({ memberships, activeId }: { memberships: Membership[]; activeId: string | null }) {
  const { switchTo, pending, error } = useSwitchOrganization();
  return (
    <div className="space-y-3">
      {error && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
      <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
        {memberships.map(({ organization, role }) => (
          <li key={organization.id} className="flex items-center gap-3 px-3 py-2.5">
            <div className="min-w-0 flex-1">
              <p className="truncate font-medium">{organization.name}</p>
              <p className="truncate font-mono text-xs text-zinc-600 dark:text-zinc-400">{organization.slug}</p>
            </div>
            <RoleBadge role={role} />
            <button
              type="button"
              disabled={pending}
              onClick={() => switchTo(organization.id)}
              aria-label={organization.id === activeId ? `Current: open ${organization.name}` : `Open ${organization.name}`}
              className={buttonClass("secondary", "sm")}
            >
              {organization.id === activeId ? "Current" : "Open"}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
