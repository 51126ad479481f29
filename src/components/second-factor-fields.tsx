"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";

/**
 * A code from the authenticator app, or — "lost your device?" — one recovery code: the sign-in's second step and the
 * step-up ask the same way.
 */
export function SecondFactorFields({
  errors,
  codeLabel = "Code from your authenticator app",
}: {
  errors: Record<string, string>;
  codeLabel?: string;
}) {
  const [useRecovery, setUseRecovery] = useState(false);
  return (
    <>
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
          error={errors.recoveryCode ?? errors.code}
        />
      ) : (
        <Field
          key="code"
          label={codeLabel}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          required
          autoFocus
          error={errors.code}
        />
      )}
      <button
        type="button"
        onClick={() => setUseRecovery(!useRecovery)}
        className="order-last w-full text-center text-sm text-indigo-600 hover:underline dark:text-indigo-400"
      >
        {useRecovery ? "Use a code from your authenticator app" : "Lost your device? Use a recovery code"}
      </button>
    </>
  );
}
