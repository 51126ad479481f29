"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { changeEmailAction } from "../actions";

export function EmailForm() {
  const [state, action] = useActionState(changeEmailAction, initialFormState);
  const { fields = {}, values = {} } = state;
  return (
    <form action={action} className="max-w-md space-y-4" noValidate aria-label="Change email">
      <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
      <Field
        label="New email address"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={values.email}
        error={fields.email}
      />
      <Field
        label="Current password"
        id="email-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fields.password}
      />
      <SubmitButton pendingLabel="Sending…" fullWidth={false}>
        Send confirmation link
      </SubmitButton>
    </form>
  );
}
