"use client";

import { useActionState } from "react";
import { PasskeyButton } from "@/components/passkey-button";
import { SecondFactorFields } from "@/components/second-factor-fields";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { confirmIdentityAction } from "../actions";

export function ConfirmForm({ next, totp, passkey }: { next: string; totp: boolean; passkey: boolean }) {
  const [state, action] = useActionState(confirmIdentityAction, initialFormState);
  return (
    <div className="space-y-6">
      {passkey && <PasskeyButton purpose="step-up" next={next} label="Confirm with a passkey" />}
      {totp && (
        <form action={action} className="flex flex-col gap-4" noValidate>
          <FormAlert message={state.message} />
          <input type="hidden" name="next" value={next} />
          <SecondFactorFields errors={state.fields ?? {}} />
          <SubmitButton pendingLabel="Checking…">Confirm</SubmitButton>
        </form>
      )}
    </div>
  );
}
