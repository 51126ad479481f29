"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { restoreOrganizationAction } from "../actions";

export function RestoreButton({ organization }: { organization: { id: string; name: string } }) {
  const [state, action] = useActionState(restoreOrganizationAction.bind(null, organization.id), initialFormState);
  return (
    <form action={action} className="space-y-2" aria-label={`Restore ${organization.name}`}>
      <FormAlert message={state.message} />
      <SubmitButton pendingLabel="Restoring…" fullWidth={false}>
        Restore
      </SubmitButton>
    </form>
  );
}
