"use client";

import { buttonClass } from "@/components/ui/button";
import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { confirmTotpAction, startTotpAction } from "../actions";
import { RecoveryCodes, type RecoveryCodesState } from "./recovery-codes";

type Enrolment = { secret: string; qrCodeSvg: string } | null;

/** Off → "Set up": the QR code and its secret, then the first code confirms; the recovery codes follow. */
export function TotpSetup({ enrolment, next }: { enrolment: Enrolment; next?: string }) {
  const [started, start] = useActionState(startTotpAction, initialFormState);
  const [confirmed, confirm] = useActionState<RecoveryCodesState, FormData>(confirmTotpAction, initialFormState);
  if (confirmed.recoveryCodes) {
    return (
      <div className="space-y-4">
        <FormAlert tone="success" message={confirmed.message} />
        <RecoveryCodes codes={confirmed.recoveryCodes} />
        <Link href={next ?? "/account/two-factor"} className={buttonClass("primary", "lg")}>
          {next ? "I saved them — continue" : "I saved them"}
        </Link>
      </div>
    );
  }
  if (!enrolment) {
    return (
      <form action={start} className="space-y-3">
        <FormAlert message={started.message} />
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Use an app such as 1Password, Google Authenticator or Authy: it shows a new 6-digit code every 30 seconds.
        </p>
        <SubmitButton pendingLabel="Starting…" fullWidth={false}>
          Set up an authenticator app
        </SubmitButton>
      </form>
    );
  }
  return (
    <div className="flex flex-col gap-6 sm:flex-row">
      {/* The SVG comes from the qrcode library on the server, made of our own otpauth URI. */}
      <div
        aria-label="QR code for your authenticator app"
        role="img"
        className="size-44 shrink-0 rounded-md bg-white p-2"
        dangerouslySetInnerHTML={{ __html: enrolment.qrCodeSvg }}
      />
      <form action={confirm} className="min-w-0 flex-1 space-y-4" noValidate>
        <ol className="list-decimal space-y-1 pl-5 text-sm text-zinc-700 dark:text-zinc-300">
          <li>Scan the QR code with your authenticator app.</li>
          <li>
            Cannot scan it? Enter this key: <code className="font-mono break-all select-all">{enrolment.secret}</code>
          </li>
          <li>Type the 6-digit code the app shows.</li>
        </ol>
        <FormAlert message={confirmed.message} />
        <Field
          label="Code from the app"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          required
          error={confirmed.fields?.code}
        />
        <SubmitButton pendingLabel="Checking…" fullWidth={false}>
          Turn on two-factor
        </SubmitButton>
      </form>
    </div>
  );
}
