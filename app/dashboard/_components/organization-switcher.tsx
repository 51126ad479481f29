"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { RoleBadge } from "@/components/ui/role-badge";
import { useSwitchOrganization } from "../../organizations/_components/use-switch-organization";
import { OrganizationAvatar } from "./organization-avatar";

type Membership = { organization: { id: string; name: string; slug: string; logoUrl?: string | null }; role: string };

const ITEM =
  "flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm outline-none select-none data-[highlighted]:bg-zinc-100 data-[disabled]:cursor-default dark:data-[highlighted]:bg-zinc-800";

/** The header's organization menu: where you are, your role there, and every other organization one click away. */
export function OrganizationSwitcher({
  active,
  role,
  memberships,
}: {
  active: Membership["organization"];
  role: string;
  memberships: Membership[];
}) {
  const { switchTo, pending, error } = useSwitchOrganization();
  return (
    <div className="flex min-w-0 items-center gap-2">
      <DropdownMenu.Root>
        {/* Named by what it shows, after what it does: the visible text is part of the accessible name (WCAG 2.5.3). */}
        <DropdownMenu.Trigger className="flex min-w-0 items-center gap-2 rounded-md px-2 py-1 text-left hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-600 data-[state=open]:bg-zinc-100 dark:hover:bg-zinc-800 dark:data-[state=open]:bg-zinc-800">
          <OrganizationAvatar organization={memberships.find((m) => m.organization.id === active.id)?.organization ?? active} />
          <span className="sr-only">Switch organization. Active:</span>
          <span className="truncate font-medium" data-testid="active-organization">
            {active.name}
          </span>
          <RoleBadge role={role} />
          <span aria-hidden className="text-zinc-400">
            {pending ? "…" : "▾"}
          </span>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="start"
            sideOffset={6}
            className="z-50 w-72 rounded-lg border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
          >
            <DropdownMenu.Label className="px-2 py-1.5 text-xs font-medium text-zinc-600 dark:text-zinc-400">
              Your organizations
            </DropdownMenu.Label>
            {memberships.map(({ organization, role: theirRole }) => {
              const isActive = organization.id === active.id;
              return (
                <DropdownMenu.Item
                  key={organization.id}
                  className={ITEM}
                  disabled={isActive}
                  onSelect={() => switchTo(organization.id)}
                  aria-current={isActive ? "true" : undefined}
                >
                  <span aria-hidden className="w-4 text-indigo-600 dark:text-indigo-400">
                    {isActive ? "✓" : ""}
                  </span>
                  <OrganizationAvatar organization={organization} />
                  <span className="min-w-0 flex-1 truncate">{organization.name}</span>
                  <RoleBadge role={theirRole} />
                </DropdownMenu.Item>
              );
            })}
            <DropdownMenu.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-800" />
            <DropdownMenu.Item asChild className={ITEM}>
              <Link href="/organizations/new">
                <span aria-hidden className="w-4">
                  +
                </span>
                Create organization
              </Link>
            </DropdownMenu.Item>
            <DropdownMenu.Item asChild className={ITEM}>
              <Link href="/organizations">
                <span aria-hidden className="w-4" />
                All organizations
              </Link>
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {error && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
