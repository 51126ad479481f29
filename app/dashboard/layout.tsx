import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { formatDate } from "@/lib/format";
import { requireOrgPage } from "@/server/auth/require-page";
import { VerifyEmailBanner } from "../account/_components/verify-email-banner";
import { membershipsOf } from "@/server/organizations/memberships";
import { can } from "@/server/permissions";
import { DashboardNav } from "./_components/dashboard-nav";
import { LogoutButton } from "./_components/logout-button";
import { SupportBanner } from "./_components/support-banner";
import { OrganizationSwitcher } from "./_components/organization-switcher";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireOrgPage();
  const memberships = await membershipsOf(ctx);
  const nav = [
    { href: "/dashboard", label: "Overview" },
    ...(can(ctx, "projects.read") ? [{ href: "/dashboard/projects", label: "Projects" }] : []),
    { href: "/dashboard/members", label: "Members" },
    { href: "/dashboard/roles", label: "Roles" },
    ...(can(ctx, "audit.read") ? [{ href: "/dashboard/audit", label: "Audit log" }] : []),
    ...(can(ctx, "billing.manage") ? [{ href: "/dashboard/billing", label: "Billing" }] : []),
    ...(can(ctx, "api_keys.manage") ? [{ href: "/dashboard/api-keys", label: "API keys" }] : []),
    ...(can(ctx, "webhooks.manage") ? [{ href: "/dashboard/webhooks", label: "Webhooks" }] : []),
    ...(can(ctx, "org.update") || can(ctx, "org.delete") ? [{ href: "/dashboard/settings", label: "Settings" }] : []),
  ];
  return (
    <div className="min-h-dvh">
      {ctx.support && <SupportBanner support={ctx.support} member={ctx.user.name} role={ctx.role} organization={ctx.organization.name} />}
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 sm:px-6">
          <Logo href="/dashboard" />
          <span aria-hidden className="hidden text-zinc-300 sm:inline dark:text-zinc-700">
            /
          </span>
          <div className="order-last w-full min-w-0 sm:order-none sm:w-auto">
            <OrganizationSwitcher active={ctx.organization} role={ctx.role} memberships={memberships} />
          </div>
          <div className="ml-auto flex items-center gap-3">
            {ctx.user.isSuperadmin && (
              <Link href="/admin" className="text-sm font-medium text-amber-700 hover:underline dark:text-amber-400">
                Admin
              </Link>
            )}
            <Link
              href="/account"
              className="text-sm text-zinc-600 hover:underline dark:text-zinc-400"
              title={`${ctx.user.email}: your account`}
            >
              <span className="sr-only">Account: </span>
              {ctx.user.name}
            </Link>
            <LogoutButton />
          </div>
        </div>
        <DashboardNav items={nav} />
      </header>
      {!ctx.user.emailVerifiedAt && <VerifyEmailBanner email={ctx.user.email} />}
      {ctx.entitlements.graceEndsAt && can(ctx, "billing.manage") && (
        <div
          role="alert"
          className="border-b border-red-200 bg-red-50 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/50 dark:text-red-200"
        >
          <p className="mx-auto max-w-6xl px-4 py-2 sm:px-6">
            A payment for {ctx.organization.name} failed. Paid features keep working until {formatDate(ctx.entitlements.graceEndsAt)}.{" "}
            <Link href="/dashboard/billing" className="font-medium underline">
              Update billing
            </Link>
          </p>
        </div>
      )}
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
