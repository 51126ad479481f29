"use client";

import Link from "next/link";
import { useActionState } from "react";
import { PasskeyButton } from "@/components/passkey-button";
import { SecondFactorFields } from "@/components/second-factor-fields";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { secondFactorAction } from "../../actions";

type Method = "totp" | "recovery_code" | "passkey";

export function SecondFactorForm({ next, methods }: { next?: string; methods: Method[] }) {
  const [state, action] = useActionState(secondFactorAction, initialFormState);
  return (
    <div className="space-y-6">
      {methods.includes("passkey") && <PasskeyButton purpose="second-factor" next={next} label="Use a passkey" />}
      {methods.includes("totp") && (
        <form action={action} className="flex flex-col gap-4" noValidate>
          <FormAlert message={state.message} />
          {next && <input type="hidden" name="next" value={next} />}
          <SecondFactorFields errors={state.fields ?? {}} />
          <SubmitButton pendingLabel="Checking…">Verify</SubmitButton>
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
