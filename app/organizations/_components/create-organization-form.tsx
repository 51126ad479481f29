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
      <Field label="Organization name" name="name" required maxLength={100} autoComplete="organization" defaultValue={state.values?.name} error={state.fields?.name} />
      <SubmitButton pendingLabel="Creating…">Create organization</SubmitButton>
    </form>
  );
}
