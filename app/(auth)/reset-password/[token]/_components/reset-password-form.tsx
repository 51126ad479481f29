"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { resetPasswordAction } from "../actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, initialFormState);
  const { fields = {} } = state;
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Choose a new password">
      <FormAlert message={state.message} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields name="password" errors={{ password: fields.password, confirm: fields.confirm }} />
      <SubmitButton pendingLabel="Saving…">Set new password</SubmitButton>
      {state.message && !state.fields && (
        <p className="text-center text-sm">
          <Link href="/forgot-password" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
            Ask for a new link
          </Link>
        </p>
      )}
    </form>
  );
}
