"use client";

import { useActionState, useState, type ReactNode } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";
import { OrganizationField } from "./organization-field";

type Props = {
  organizationId: string;
  /** A server action bound to its target, e.g. `revokeApiKeyAction.bind(null, key.id)`. */
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The link-like button that asks first ("Revoke…"), and its accessible name when the text alone is ambiguous. */
  trigger: string;
  triggerLabel?: string;
  /** What happens, in a sentence: the question the person confirms. */
  children: ReactNode;
  confirm: string;
  pending: string;
};

/** A destructive action behind a second click: the question, then the red button (or Cancel). */
export function ConfirmAction({ organizationId, action, trigger, triggerLabel, children, confirm, pending }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [state, formAction] = useActionState(action, initialFormState);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className="text-sm font-medium text-red-700 hover:underline dark:text-red-400" aria-label={triggerLabel}>
        {trigger}
      </button>
    );
  }
  return (
    <form action={formAction} className="mt-2 space-y-2 rounded-md border border-red-200 bg-red-50/50 p-3 text-left text-sm dark:border-red-900 dark:bg-red-950/30">
      <OrganizationField organizationId={organizationId} />
      <FormAlert message={state.message} />
      <p className="break-words">{children}</p>
      <div className="flex gap-2">
        <SubmitButton pendingLabel={pending} variant="danger" fullWidth={false}>
          {confirm}
        </SubmitButton>
        <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-zinc-300 px-3 py-1.5 dark:border-zinc-700">
          Cancel
        </button>
      </div>
    </form>
  );
}
