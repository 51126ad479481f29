"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { createOrganizationAction } from "../actions";

export function CreateOrganizationForm() {
  const [state, action] = useActionState(createOrganizationAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.message} />
      <Field
        label="Organization name"
        name="name"
        required
        maxLength={100}
        autoComplete="organization"
        defaultValue={state.values?.name}
        error={state.fields?.name}
      />
      <Field
        label="URL name (optional)"
        name="slug"
        maxLength={48}
        autoCapitalize="none"
        spellCheck={false}
        placeholder="acme-labs"
        hint="Lower-case letters, digits and hyphens. Made from the name if you leave it empty."
        defaultValue={state.values?.slug}
        error={state.fields?.slug}
      />
      <SubmitButton pendingLabel="Creating…">Create organization</SubmitButton>
    </form>
  );
}
