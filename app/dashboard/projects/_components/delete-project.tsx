"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";
import { OrganizationField } from "../../_components/organization-field";

type Props = {
  organizationId: string;
  organizationName: string;
  projectName: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** Deleting asks once more and says exactly what goes. */
export function DeleteProject({ organizationId, organizationName, projectName, action }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [state, formAction] = useActionState(action, initialFormState);
  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className="rounded-md border border-red-300 px-3 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-red-600 dark:border-red-900 dark:text-red-400 dark:hover:bg-red-950"
      >
        Delete project…
      </button>
    );
  }
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-red-200 bg-red-50/50 p-4 dark:border-red-900 dark:bg-red-950/30">
      <OrganizationField organizationId={organizationId} />
      <FormAlert message={state.message} />
      <p className="text-sm">
        Delete <strong>{projectName}</strong> from {organizationName}? Its name and description are removed for every member. This
        cannot be undone.
      </p>
      <div className="flex gap-2">
        <SubmitButton pendingLabel="Deleting…" variant="danger" fullWidth={false}>
          Delete project
        </SubmitButton>
        <button
          type="button"
          onClick={() => setConfirming(false)}
          className="rounded-md border border-zinc-300 px-4 py-2 text-sm font-medium hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
