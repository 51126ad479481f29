import type { Metadata } from "next";
import Link from "next/link";
import { RoleBadge } from "@/components/ui/role-badge";
import { PERMISSION_LABELS } from "@/lib/permissions";
import { requireOrgPage } from "@/server/auth/require-page";
import { pendingTransferFor } from "@/server/ownership/queries";
import { can } from "@/server/permissions";
import { transferView } from "./settings/_components/ownership-transfer-section";
import { NomineeTransferNotice } from "./settings/_components/transfer-panel";

export const metadata: Metadata = { title: "Dashboard" };

const CARD = "rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900";

export default async function DashboardPage() {
  const ctx = await requireOrgPage();
  const { user, organization, role, permissions } = ctx;
  const transfer = await pendingTransferFor(ctx);
  return (
    <div className="space-y-8">
      {/* Always rendered, so "You are now an owner" stays said after the notice itself is gone. */}
      <NomineeTransferNotice
        organization={{ id: organization.id, name: organization.name }}
        transfer={transfer?.to.id === user.id ? transferView(transfer) : null}
      />
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{organization.name}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Signed in as {user.name} ({user.email})
        </p>
      </div>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div className={CARD}>
          <dt className="text-xs font-medium tracking-wide text-zinc-600 uppercase dark:text-zinc-400">Organization</dt>
          <dd className="mt-1 font-medium">{organization.name}</dd>
        </div>
        <div className={CARD}>
          <dt className="text-xs font-medium tracking-wide text-zinc-600 uppercase dark:text-zinc-400">URL slug</dt>
          <dd className="mt-1 font-mono text-sm">{organization.slug}</dd>
        </div>
        <div className={CARD}>
          <dt className="text-xs font-medium tracking-wide text-zinc-600 uppercase dark:text-zinc-400">Your role</dt>
          <dd className="mt-1" data-testid="role">
            <RoleBadge role={role} />
          </dd>
        </div>
      </dl>
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="next-heading" className={CARD}>
          <h2 id="next-heading" className="font-medium">
            Get started
          </h2>
          <ul className="mt-2 space-y-1.5 text-sm">
            {can(ctx, "projects.read") && (
              <li>
                <Link href="/dashboard/projects" className="text-indigo-600 hover:underline dark:text-indigo-400">
                  {can(ctx, "projects.create") ? "Create or open a project" : "Browse projects"}
                </Link>
              </li>
            )}
            <li>
              <Link href="/dashboard/members" className="text-indigo-600 hover:underline dark:text-indigo-400">
                {can(ctx, "members.invite") ? "Invite your teammates" : "See who is in the team"}
              </Link>
            </li>
            <li>
              <Link href="/dashboard/roles" className="text-indigo-600 hover:underline dark:text-indigo-400">
                {can(ctx, "roles.manage") ? "Define custom roles for your team" : "See what each role may do"}
              </Link>
            </li>
            <li>
              <Link href="/organizations/new" className="text-indigo-600 hover:underline dark:text-indigo-400">
                Create another organization
              </Link>
            </li>
          </ul>
        </section>
        <section aria-labelledby="permissions-heading" className={CARD}>
          <h2 id="permissions-heading" className="font-medium">
            What you can do in {organization.name}
          </h2>
          <ul className="mt-2 grid gap-1 text-sm text-zinc-700 dark:text-zinc-300" data-testid="permissions">
            {permissions.map((permission) => (
              <li key={permission}>✓ {PERMISSION_LABELS[permission]}</li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
