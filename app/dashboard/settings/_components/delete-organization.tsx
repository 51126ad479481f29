"use client";

import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { OrganizationField } from "@/components/ui/organization-field";
import { deleteOrganizationAction } from "../actions";

export function DeleteOrganization({ organization, graceDays }: { organization: { id: string; name: string }; graceDays: number }) {
  const [state, action] = useActionState(deleteOrganizationAction, initialFormState);
  const [typed, setTyped] = useState("");
  return (
    <form action={action} className="space-y-3" aria-label="Delete organization">
      <OrganizationField organizationId={organization.id} />
      <FormAlert message={state.message} />
      <p className="text-sm">
        Deleting <strong>{organization.name}</strong> takes it away from every member at once: its projects, members, roles, invitations and
        audit log. An owner can restore it from the organizations page for {graceDays} days; after that it is erased for good.
      </p>
      <Field
        label={`Type ${organization.name} to confirm`}
        name="confirm"
        autoComplete="off"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        error={state.fields?.confirm}
      />
      <SubmitButton pendingLabel="Deleting…" variant="danger" fullWidth={false}>
        Delete this organization
      </SubmitButton>
      {typed.trim() !== organization.name && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">Type the name exactly as shown, capitals included.</p>
      )}
    </form>
  );
}
