import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CenteredCard } from "@/components/ui/centered-card";
import { requireViewer } from "@/server/auth/require-page";
import { listRestorableOrganizations } from "@/server/organizations/deletion";
import { membershipsOf } from "@/server/organizations/memberships";
import { joinableOrganizations } from "@/server/domains/join";
import { DeletedOrganizations } from "./_components/deleted-organizations";
import { JoinableOrganizations } from "./_components/joinable-organizations";
import { OrganizationList } from "./_components/organization-list";

export const metadata: Metadata = { title: "Your organizations" };

type SearchParams = Promise<{ missing?: string; deleted?: string }>;

export default async function OrganizationsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer("/organizations");
  const [memberships, restorable, joinable] = await Promise.all([
    membershipsOf(viewer),
    listRestorableOrganizations(viewer.user.id),
    joinableOrganizations(viewer.user),
  ]);
  if (memberships.length === 0 && restorable.length === 0 && joinable.length === 0) redirect("/onboarding");
  const { missing, deleted } = await searchParams;

  return (
    <CenteredCard wide>
      <h1 className="text-xl font-semibold tracking-tight">Your organizations</h1>
      {missing ? (
        <p
          role="alert"
          className="mt-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-100"
        >
          There is no organization “{missing.slice(0, 64)}” that you are a member of. Choose one of yours, or ask its admins for an
          invitation.
        </p>
      ) : deleted ? (
        <p
          role="status"
          className="mt-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-100"
        >
          {deleted.slice(0, 100)} was deleted. You can restore it below until its purge date.
        </p>
      ) : (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Signed in as {viewer.user.email}. Choose where to work.</p>
      )}
      <div className="mt-6">
        {memberships.length > 0 ? (
          <OrganizationList memberships={memberships} activeId={viewer.organization?.id ?? null} />
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">You are not in any organization right now.</p>
        )}
      </div>
      <JoinableOrganizations organizations={joinable} />
      <DeletedOrganizations organizations={restorable} />
      <p className="mt-4 text-center text-sm">
        <Link href="/organizations/new" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          + Create organization
        </Link>
      </p>
    </CenteredCard>
  );
}
