import type { Metadata } from "next";
import { requireOrgPage } from "@/server/auth/require-page";
import { RoleBadge } from "./_components/role-badge";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const { user, organization, role } = await requireOrgPage();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{organization.name}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Signed in as {user.name} ({user.email})
        </p>
      </div>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          <dt className="text-xs font-medium tracking-wide text-zinc-500 uppercase">Organization</dt>
          <dd className="mt-1 font-medium">{organization.name}</dd>
        </div>
        <div className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          <dt className="text-xs font-medium tracking-wide text-zinc-500 uppercase">URL slug</dt>
          <dd className="mt-1 font-mono text-sm">{organization.slug}</dd>
        </div>
        <div className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          <dt className="text-xs font-medium tracking-wide text-zinc-500 uppercase">Your role</dt>
          <dd className="mt-1" data-testid="role">
            <RoleBadge role={role} />
          </dd>
        </div>
      </dl>
      <section className="rounded-lg border border-dashed border-zinc-300 p-6 dark:border-zinc-700">
        <h2 className="font-medium">Get started</h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          This is your organization&apos;s home. Projects, members and settings will appear here as you add them.
        </p>
      </section>
    </div>
  );
}
