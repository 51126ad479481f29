"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { requestPasswordResetAction } from "../actions";

export function ForgotPasswordForm({ email }: { email?: string }) {
  const [state, action] = useActionState(requestPasswordResetAction, initialFormState);
  const { fields = {}, values = {} } = state;
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Reset password">
      <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={values.email ?? email}
        error={fields.email}
      />
      <SubmitButton pendingLabel="Sending…">Send reset link</SubmitButton>
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        Remembered it?{" "}
        <Link href="/login" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          Log in
        </Link>
      </p>
    </form>
  );
}
