"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { OrganizationField } from "../../_components/organization-field";
import { resendInviteAction, revokeInviteAction } from "../actions";

const SECONDARY = "rounded-md border border-zinc-300 px-2.5 py-1 text-sm font-medium hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** Resend (a new link; the old one stops working) and revoke (after confirming) one invitation. */
export function InviteActions({ organizationId, invite }: { organizationId: string; invite: { id: string; email: string } }) {
  const [confirming, setConfirming] = useState(false);
  const [resent, resend] = useActionState(resendInviteAction.bind(null, invite.id), initialFormState);
  const [revoked, revoke] = useActionState(revokeInviteAction.bind(null, invite.id), initialFormState);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap justify-end gap-2">
        <form action={resend}>
          <OrganizationField organizationId={organizationId} />
          <button type="submit" className={SECONDARY} aria-label={`Resend invitation to ${invite.email}`}>
            Resend
          </button>
        </form>
        {!confirming && (
          <button type="button" onClick={() => setConfirming(true)} className={`${SECONDARY} text-red-700 dark:text-red-400`} aria-label={`Revoke invitation to ${invite.email}`}>
            Revoke…
          </button>
        )}
      </div>
      <FormAlert message={resent.message} tone={resent.status === "success" ? "success" : "error"} />
      {confirming && (
        <form action={revoke} className="space-y-2 rounded-md border border-red-200 bg-red-50/50 p-3 text-left text-sm dark:border-red-900 dark:bg-red-950/30">
          <OrganizationField organizationId={organizationId} />
          <FormAlert message={revoked.message} tone={revoked.status === "success" ? "success" : "error"} />
          <p>Revoke the invitation to {invite.email}? The link in their email stops working at once.</p>
          <div className="flex gap-2">
            <SubmitButton pendingLabel="Revoking…" variant="danger" fullWidth={false}>
              Revoke invitation
            </SubmitButton>
            <button type="button" onClick={() => setConfirming(false)} className={SECONDARY}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
