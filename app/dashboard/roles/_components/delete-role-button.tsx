"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { OrganizationField } from "../../_components/organization-field";
import { deleteCustomRoleAction } from "../actions";

export function DeleteRoleButton({ organizationId, role }: { organizationId: string; role: { id: string; name: string; memberCount: number } }) {
  const [confirming, setConfirming] = useState(false);
  const [state, action] = useActionState(deleteCustomRoleAction.bind(null, role.id), initialFormState);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className="text-sm font-medium text-red-700 hover:underline dark:text-red-400">
        Delete…
      </button>
    );
  }
  return (
    <form action={action} className="mt-2 space-y-2 rounded-md border border-red-200 bg-red-50/50 p-3 text-sm dark:border-red-900 dark:bg-red-950/30">
      <OrganizationField organizationId={organizationId} />
      <FormAlert message={state.message} />
      <p>
        Delete “{role.name}”?{" "}
        {role.memberCount > 0
          ? `${role.memberCount} ${role.memberCount === 1 ? "member loses" : "members lose"} its permissions at once.`
          : "Nobody holds it."}
      </p>
      <div className="flex gap-2">
        <SubmitButton pendingLabel="Deleting…" variant="danger" fullWidth={false}>
          Delete role
        </SubmitButton>
        <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-zinc-300 px-3 py-1.5 dark:border-zinc-700">
          Cancel
        </button>
      </div>
    </form>
  );
}
