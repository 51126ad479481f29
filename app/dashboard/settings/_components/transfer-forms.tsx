"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { OrganizationField } from "../../_components/organization-field";
import { acceptTransferAction, cancelTransferAction, requestTransferAction } from "../actions";

export function NominateOwnerForm({ organizationId, candidates }: { organizationId: string; candidates: Array<{ id: string; label: string }> }) {
  const [state, action] = useActionState(requestTransferAction, initialFormState);
  if (candidates.length === 0) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">Invite someone first: ownership can only go to another member.</p>;
  }
  return (
    <form action={action} className="space-y-3" aria-label="Transfer ownership">
      <OrganizationField organizationId={organizationId} />
      <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
      <SelectField label="New owner" name="userId" options={candidates.map((c) => ({ value: c.id, label: c.label }))} error={state.fields?.userId} />
      <p className="text-xs text-zinc-500">They are asked to accept. Once they do, they become an owner and you become an admin.</p>
      <SubmitButton pendingLabel="Sending…" fullWidth={false}>
        Ask them to accept
      </SubmitButton>
    </form>
  );
}

/** Accept / decline for the nominee, or cancel for an owner. */
export function TransferAnswer({ organizationId, nominee }: { organizationId: string; nominee: boolean }) {
  const [accepted, accept] = useActionState(acceptTransferAction, initialFormState);
  const [cancelled, cancel] = useActionState(cancelTransferAction, initialFormState);
  const outcome = accepted.status !== "idle" ? accepted : cancelled;
  return (
    <div className="space-y-2">
      <FormAlert message={outcome.message} tone={outcome.status === "success" ? "success" : "error"} />
      <div className="flex flex-wrap gap-2">
        {nominee && (
          <form action={accept}>
            <OrganizationField organizationId={organizationId} />
            <SubmitButton pendingLabel="Accepting…" fullWidth={false}>
              Accept ownership
            </SubmitButton>
          </form>
        )}
        <form action={cancel}>
          <OrganizationField organizationId={organizationId} />
          <button type="submit" className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800">
            {nominee ? "Decline" : "Cancel transfer"}
          </button>
        </form>
      </div>
    </div>
  );
}
