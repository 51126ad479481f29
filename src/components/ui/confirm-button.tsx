"use client";

import { useActionState, useState, type ReactNode } from "react";
import { FormAlert } from "./form-alert";
import { OrganizationField } from "./organization-field";
import { Button, type ButtonVariant } from "./button";
import { SubmitButton } from "./submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";

type Props = {
  organizationId: string;
  /** A server action bound to its target, e.g. `revokeApiKeyAction.bind(null, key.id)`. */
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The button that asks first ("Revoke…"), and its accessible name when the text alone is ambiguous. */
  trigger: string;
  triggerLabel?: string;
  /** How the first button looks: link-like inside a row (the default), or an outlined button of its own. */
  triggerVariant?: Extract<ButtonVariant, "danger-link" | "danger-outline">;
  /** What happens, in a sentence: the question the person confirms. */
  children: ReactNode;
  confirm: string;
  pending: string;
};

/** A destructive action behind a second click: the question, then the red button (or Cancel). */
export function ConfirmButton({
  organizationId,
  action,
  trigger,
  triggerLabel,
  triggerVariant = "danger-link",
  children,
  confirm,
  pending,
}: Props) {
  const [confirming, setConfirming] = useState(false);
  const [state, formAction] = useActionState(action, initialFormState);
  if (!confirming) {
    return (
      <Button variant={triggerVariant} onClick={() => setConfirming(true)} aria-label={triggerLabel}>
        {trigger}
      </Button>
    );
  }
  return (
    <form
      action={formAction}
      className="mt-2 w-full space-y-2 rounded-md border border-red-200 bg-red-50/50 p-3 text-left text-sm dark:border-red-900 dark:bg-red-950/30"
    >
      <OrganizationField organizationId={organizationId} />
      <FormAlert message={state.message} />
      <p className="break-words">{children}</p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingLabel={pending} variant="danger" size="md" fullWidth={false}>
          {confirm}
        </SubmitButton>
        <Button onClick={() => setConfirming(false)}>Cancel</Button>
      </div>
    </form>
  );
}
