"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { RoleBadge } from "@/components/ui/role-badge";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { joinByDomainAction } from "../actions";

type Joinable = { organization: { id: string; name: string }; domain: string; role: string };

/** "Join Acme": the organizations whose verified domain is the person's own. */
export function JoinableOrganizations({ organizations }: { organizations: Joinable[] }) {
  if (organizations.length === 0) return null;
  return (
    <section aria-labelledby="joinable-heading" className="mt-6">
      <h2 id="joinable-heading" className="text-sm font-semibold">
        Your team is already here
      </h2>
      <ul className="mt-2 space-y-2">
        {organizations.map((joinable) => (
          <JoinRow key={joinable.organization.id} joinable={joinable} />
        ))}
      </ul>
    </section>
  );
}

function JoinRow({ joinable }: { joinable: Joinable }) {
  const [state, action] = useActionState(joinByDomainAction.bind(null, joinable.organization.id), initialFormState);
  return (
    <li className="rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2.5 dark:border-indigo-900 dark:bg-indigo-950/40">
      <form action={action} className="flex flex-wrap items-center gap-3">
        <div className="min-w-0 flex-1">
          <p className="font-medium">{joinable.organization.name}</p>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">Anyone with a verified @{joinable.domain} address may join.</p>
        </div>
        <RoleBadge role={joinable.role} />
        <SubmitButton pendingLabel="Joining…" fullWidth={false}>
          Join {joinable.organization.name}
        </SubmitButton>
      </form>
      <FormAlert message={state.message} />
    </li>
  );
}
