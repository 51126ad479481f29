"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/password-rules";
import { signupAction } from "../actions";

export function SignupForm() {
  const [state, action] = useActionState(signupAction, initialFormState);
  const { fields = {}, values = {} } = state;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.message} />
      <Field label="Your name" name="name" autoComplete="name" required maxLength={100} defaultValue={values.name} error={fields.name} />
      <Field
        label="Work email"
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={values.email}
        error={fields.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={fields.password}
      />
      <Field
        label="Organization name"
        name="organizationName"
        autoComplete="organization"
        required
        maxLength={100}
        hint="Your company or team. You can rename it later."
        defaultValue={values.organizationName}
        error={fields.organizationName}
      />
      <SubmitButton pendingLabel="Creating your organization…">Create account</SubmitButton>
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        Already have an account?{" "}
        <Link href="/login" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          Log in
        </Link>
      </p>
    </form>
  );
}
