import type { Metadata } from "next";
import Link from "next/link";
import { CenteredCard } from "@/components/ui/centered-card";
import { requireViewer } from "@/server/auth/require-page";
import { CreateOrganizationForm } from "../_components/create-organization-form";

export const metadata: Metadata = { title: "New organization" };

export default async function NewOrganizationPage() {
  await requireViewer("/organizations/new");
  return (
    <CenteredCard>
      <h1 className="text-xl font-semibold tracking-tight">New organization</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">You will be its owner, and it becomes your active organization.</p>
      <CreateOrganizationForm />
      <p className="mt-4 text-center text-sm">
        <Link href="/organizations" className="text-zinc-600 hover:underline dark:text-zinc-400">
          Back to your organizations
        </Link>
      </p>
    </CenteredCard>
  );
}
