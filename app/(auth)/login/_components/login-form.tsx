"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { PasskeyButton } from "@/components/passkey-button";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { loginAction } from "../actions";

/** `email` prefills the address, e.g. from an invitation to it. */
export function LoginForm({ next, email, notice }: { next?: string; email?: string; notice?: string }) {
  const [state, action] = useActionState(loginAction, initialFormState);
  const { fields = {}, values = {} } = state;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.message ?? notice} tone={state.message ? "error" : "success"} />
      {next && <input type="hidden" name="next" value={next} />}
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={values.email ?? email} error={fields.email} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required error={fields.password} />
      <p className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="text-indigo-600 hover:underline dark:text-indigo-400">
          Forgot password?
        </Link>
      </p>
      <SubmitButton pendingLabel="Logging in…">Log in</SubmitButton>
      <div className="flex items-center gap-3 text-xs text-zinc-500 uppercase dark:text-zinc-400" aria-hidden>
        <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
        or
        <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
      </div>
      <PasskeyButton purpose="sign-in" next={next} label="Sign in with a passkey" />
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        New here?{" "}
        <Link href="/signup" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          Create an account
        </Link>
      </p>
    </form>
  );
}
