"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { OrganizationField } from "../../_components/organization-field";
import { revokeApiKeyAction } from "../actions";

export function RevokeApiKeyButton({ organizationId, apiKey }: { organizationId: string; apiKey: { id: string; name: string } }) {
  const [confirming, setConfirming] = useState(false);
  const [state, action] = useActionState(revokeApiKeyAction.bind(null, apiKey.id), initialFormState);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className="text-sm font-medium text-red-700 hover:underline dark:text-red-400">
        Revoke…
      </button>
    );
  }
  return (
    <form action={action} className="mt-2 space-y-2 rounded-md border border-red-200 bg-red-50/50 p-3 text-sm dark:border-red-900 dark:bg-red-950/30">
      <OrganizationField organizationId={organizationId} />
      <FormAlert message={state.message} />
      <p>Revoke “{apiKey.name}”? Every script or integration using it stops working at once. This cannot be undone.</p>
      <div className="flex gap-2">
        <SubmitButton pendingLabel="Revoking…" variant="danger" fullWidth={false}>
          Revoke key
        </SubmitButton>
        <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-zinc-300 px-3 py-1.5 dark:border-zinc-700">
          Cancel
        </button>
      </div>
    </form>
  );
}
