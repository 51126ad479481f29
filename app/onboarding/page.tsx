import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Logo } from "@/components/ui/logo";
import { requireViewer } from "@/server/auth/require-page";
import { logoutAction } from "../dashboard/actions";
import { CreateOrganizationForm } from "./_components/create-organization-form";

export const metadata: Metadata = { title: "Create an organization" };

/** Where a signed-in user without an active organization lands: their last one was left, removed or deleted. */
export default async function OnboardingPage() {
  const viewer = await requireViewer("/onboarding");
  if (viewer.organization) redirect("/dashboard");
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className="mb-8">
        <Logo />
      </div>
      <main className="w-full max-w-sm rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900">
        <h1 className="text-xl font-semibold tracking-tight">Create an organization</h1>
        <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">
          {viewer.user.name}, you are not in an active organization right now. Create one to continue; you will be its owner.
        </p>
        <CreateOrganizationForm />
        <form action={logoutAction} className="mt-4 text-center">
          <button type="submit" className="text-sm text-zinc-600 hover:underline dark:text-zinc-400">
            Log out ({viewer.user.email})
          </button>
        </form>
      </main>
    </div>
  );
}
