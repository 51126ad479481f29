"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { PasskeyButton } from "@/components/passkey-button";
import { secondFactorAction } from "../../actions";

type Method = "totp" | "recovery_code" | "passkey";

export function SecondFactorForm({ next, methods }: { next?: string; methods: Method[] }) {
  const [state, action] = useActionState(secondFactorAction, initialFormState);
  const [useRecovery, setUseRecovery] = useState(false);
  const { fields = {} } = state;
  const hasTotp = methods.includes("totp");
  return (
    <div className="space-y-6">
      {methods.includes("passkey") && <PasskeyButton purpose="second-factor" next={next} label="Use a passkey" />}
      {hasTotp && (
        <form action={action} className="space-y-4" noValidate>
          <FormAlert message={state.message} />
          {next && <input type="hidden" name="next" value={next} />}
          {useRecovery ? (
            <Field
              key="recovery"
              label="Recovery code"
              name="recoveryCode"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              hint="One of the ten codes you saved when you turned on two-factor. Each works once."
              error={fields.recoveryCode ?? fields.code}
            />
          ) : (
            <Field
              key="code"
              label="Code from your authenticator app"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]*"
              maxLength={7}
              required
              autoFocus
              error={fields.code}
            />
          )}
          <SubmitButton pendingLabel="Checking…">Verify</SubmitButton>
          <button type="button" onClick={() => setUseRecovery(!useRecovery)} className="w-full text-center text-sm text-indigo-600 hover:underline dark:text-indigo-400">
            {useRecovery ? "Use a code from your authenticator app" : "Lost your device? Use a recovery code"}
          </button>
        </form>
      )}
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/login" className="hover:underline">
          Start again with another account
        </Link>
      </p>
    </div>
  );
}
