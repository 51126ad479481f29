"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { disableTotpAction, regenerateRecoveryCodesAction } from "../actions";
import { RecoveryCodes, type RecoveryCodesState } from "./recovery-codes";

/** On: new recovery codes for a code, or off for the password and a code. */
export function TotpManage() {
  const [codes, regenerate] = useActionState<RecoveryCodesState, FormData>(regenerateRecoveryCodesAction, initialFormState);
  const [disabled, disable] = useActionState(disableTotpAction, initialFormState);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form action={regenerate} className="space-y-3" noValidate aria-label="New recovery codes">
        <h3 className="text-sm font-semibold">New recovery codes</h3>
        {codes.recoveryCodes ? <RecoveryCodes codes={codes.recoveryCodes} /> : <FormAlert message={codes.message} />}
        <Field
          label="Code from the app"
          name="code"
          id="regenerate-code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          required
          error={codes.fields?.code}
        />
        <SubmitButton pendingLabel="Making…" variant="secondary" fullWidth={false}>
          Make new codes
        </SubmitButton>
      </form>
      <form action={disable} className="space-y-3" noValidate aria-label="Turn off two-factor">
        <h3 className="text-sm font-semibold">Turn off</h3>
        <FormAlert message={disabled.message} tone={disabled.status === "success" ? "success" : "error"} />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={disabled.fields?.password}
        />
        <Field
          label="Code from the app, or a recovery code"
          name="code"
          id="disable-code"
          autoComplete="one-time-code"
          required
          error={disabled.fields?.code}
        />
        <SubmitButton pendingLabel="Turning off…" variant="danger" fullWidth={false}>
          Turn off two-factor
        </SubmitButton>
      </form>
    </div>
  );
}
