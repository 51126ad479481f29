"use client";

import { useActionState, useState } from "react";
import { PasskeyButton } from "@/components/passkey-button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { confirmIdentityAction } from "../actions";

export function ConfirmForm({ next, totp, passkey }: { next: string; totp: boolean; passkey: boolean }) {
  const [state, action] = useActionState(confirmIdentityAction, initialFormState);
  const [useRecovery, setUseRecovery] = useState(false);
  const { fields = {} } = state;
  return (
    <div className="space-y-6">
      {passkey && <PasskeyButton purpose="step-up" next={next} label="Confirm with a passkey" />}
      {totp && (
        <form action={action} className="space-y-4" noValidate>
          <FormAlert message={state.message} />
          <input type="hidden" name="next" value={next} />
          {useRecovery ? (
            <Field key="recovery" label="Recovery code" name="recoveryCode" autoComplete="off" required error={fields.recoveryCode ?? fields.code} />
          ) : (
            <Field key="code" label="Code from your authenticator app" name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={7} required autoFocus error={fields.code} />
          )}
          <SubmitButton pendingLabel="Checking…">Confirm</SubmitButton>
          <button type="button" onClick={() => setUseRecovery(!useRecovery)} className="w-full text-center text-sm text-indigo-600 hover:underline dark:text-indigo-400">
            {useRecovery ? "Use a code from your authenticator app" : "Use a recovery code"}
          </button>
        </form>
      )}
    </div>
  );
}
