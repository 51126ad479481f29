import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CenteredCard } from "@/components/ui/centered-card";
import { requireViewer } from "@/server/auth/require-page";
import { listRestorableOrganizations } from "@/server/organizations/deletion";
import { membershipsOf } from "@/server/organizations/memberships";
import { joinableOrganizations } from "@/server/domains/join";
import { logoutAction } from "../dashboard/actions";
import { CreateOrganizationForm } from "../organizations/_components/create-organization-form";

export const metadata: Metadata = { title: "Create an organization" };

/** Where a signed-in user without an active organization lands: their last one was left, removed or deleted. */
export default async function OnboardingPage() {
  const viewer = await requireViewer("/onboarding");
  if (viewer.organization) redirect("/dashboard");
  // Left or removed from the active organization, but still in others (or owner of a deleted one that can be
  // restored): choose there instead.
  const [memberships, restorable, joinable] = await Promise.all([
    membershipsOf(viewer),
    listRestorableOrganizations(viewer.user.id),
    joinableOrganizations(viewer.user),
  ]);
  if (memberships.length > 0 || restorable.length > 0 || joinable.length > 0) redirect("/organizations");
  return (
    <CenteredCard>
      <h1 className="text-xl font-semibold tracking-tight">Create an organization</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        {viewer.user.name}, you are not in an active organization right now. Create one to continue; you will be its owner. To join a team
        instead, open the invitation link they sent you.
      </p>
      <CreateOrganizationForm />
      <form action={logoutAction} className="mt-4 text-center">
        <button type="submit" className="text-sm text-zinc-600 hover:underline dark:text-zinc-400">
          Log out ({viewer.user.email})
        </button>
      </form>
    </CenteredCard>
  );
}
