"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { changePasswordAction } from "../actions";

export function PasswordForm() {
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  const { fields = {} } = state;
  return (
    // Keyed by the outcome so that a success clears the three fields.
    <form
      action={action}
      className="max-w-md space-y-4"
      noValidate
      aria-label="Change password"
      key={state.status === "success" ? state.message : "form"}
    >
      <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fields.currentPassword}
      />
      <NewPasswordFields name="newPassword" errors={{ password: fields.newPassword, confirm: fields.confirm }} />
      <SubmitButton pendingLabel="Changing…" fullWidth={false}>
        Change password
      </SubmitButton>
    </form>
  );
}
