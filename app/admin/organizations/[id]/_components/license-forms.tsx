"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { grantLicenseAction, revokeLicenseAction } from "../actions";

const INPUT = "block w-full rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** Grants the organization a plan or one feature, optionally until a day. */
export function GrantLicenseForm({
  organizationId,
  options,
}: {
  organizationId: string;
  options: Array<{ value: string; label: string }>;
}) {
  const [state, action] = useActionState(grantLicenseAction.bind(null, organizationId), initialFormState);
  return (
    <form
      action={action}
      className="grid gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-[1fr_10rem_1fr_auto] sm:items-end dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="space-y-1 sm:col-span-4">
        <FormAlert message={state.status === "error" ? state.message : undefined} />
        <FormAlert tone="success" message={state.status === "success" ? state.message : undefined} />
      </div>
      <label className="space-y-1 text-xs font-medium text-zinc-700 dark:text-zinc-300">
        Grant
        <select name="grant" className={INPUT} defaultValue={options[0]?.value}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {state.fields?.grant && <span className="block text-red-700 dark:text-red-400">{state.fields.grant}</span>}
      </label>
      <label className="space-y-1 text-xs font-medium text-zinc-700 dark:text-zinc-300">
        Until (optional)
        <input type="date" name="expiresOn" className={INPUT} />
        {state.fields?.expiresOn && <span className="block text-red-700 dark:text-red-400">{state.fields.expiresOn}</span>}
      </label>
      <label className="space-y-1 text-xs font-medium text-zinc-700 dark:text-zinc-300">
        Note
        <input name="note" maxLength={200} placeholder="Enterprise deal, support ticket…" className={INPUT} />
      </label>
      <SubmitButton pendingLabel="Granting…" fullWidth={false}>
        Grant license
      </SubmitButton>
    </form>
  );
}

export function RevokeLicenseButton({ organizationId, licenseId, label }: { organizationId: string; licenseId: string; label: string }) {
  const [state, action] = useActionState(revokeLicenseAction.bind(null, organizationId, licenseId), initialFormState);
  return (
    <form action={action}>
      <FormAlert message={state.status === "error" ? state.message : undefined} />
      <button type="submit" aria-label={`Revoke ${label}`} className="text-sm font-medium text-red-700 hover:underline dark:text-red-400">
        Revoke
      </button>
    </form>
  );
}
