"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { updateNameAction } from "../actions";

export function ProfileForm({ name }: { name: string }) {
  const [state, action] = useActionState(updateNameAction, initialFormState);
  const value = state.values?.name ?? name;
  return (
    <form action={action} className="max-w-md space-y-4" noValidate aria-label="Profile">
      <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
      <Field
        label="Name"
        name="name"
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={value}
        error={state.fields?.name}
        key={value}
      />
      <SubmitButton pendingLabel="Saving…" fullWidth={false}>
        Save name
      </SubmitButton>
    </form>
  );
}
