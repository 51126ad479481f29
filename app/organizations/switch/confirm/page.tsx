import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CenteredCard } from "@/components/ui/centered-card";
import { SubmitButton } from "@/components/ui/submit-button";
import { safeNextPath } from "@/lib/safe-redirect";
import { slugField } from "@/lib/validation/fields";
import { requireViewer } from "@/server/auth/require-page";
import { membershipBySlug } from "@/server/organizations/memberships";
import { confirmSwitchAction } from "../../actions";

export const metadata: Metadata = { title: "Switch organization?" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A link on another website asked to switch organization: nothing changes until the person confirms. */
export default async function ConfirmSwitchPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : undefined);
  const rawSlug = typeof params.org === "string" ? params.org : "";
  const viewer = await requireViewer(`/organizations/switch/confirm?${new URLSearchParams({ org: rawSlug, next })}`);
  const slug = slugField.safeParse(rawSlug);
  const target = slug.success ? await membershipBySlug(viewer.user.id, slug.data) : null;
  if (!target) redirect(`/organizations?${new URLSearchParams({ missing: rawSlug.slice(0, 64) })}`);
  const current = viewer.organization;

  return (
    <CenteredCard>
      <h1 className="text-xl font-semibold tracking-tight">Switch to {target.organization.name}?</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        A link from another website wants to open {target.organization.name}.
        {current && current.id !== target.organization.id ? ` You are working in ${current.name} now.` : ""} Switch only if you meant to:
        whatever you do next happens in the organization you switch to.
      </p>
      <form action={confirmSwitchAction} className="mt-6">
        <input type="hidden" name="org" value={target.organization.slug} />
        <input type="hidden" name="next" value={next} />
        <SubmitButton pendingLabel="Switching…">Switch to {target.organization.name}</SubmitButton>
      </form>
      <p className="mt-4 text-center text-sm">
        <Link href="/dashboard" className="text-zinc-600 hover:underline dark:text-zinc-400">
          {current ? `Stay in ${current.name}` : "Cancel"}
        </Link>
      </p>
    </CenteredCard>
  );
}
