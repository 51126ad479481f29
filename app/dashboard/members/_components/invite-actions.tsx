"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormAlert } from "@/components/ui/form-alert";
import { initialFormState } from "@/lib/form-state";
import { OrganizationField } from "@/components/ui/organization-field";
import { resendInviteAction, revokeInviteAction } from "../actions";

/** Resend (a new link; the old one stops working) and revoke (after confirming) one invitation. */
export function InviteActions({ organizationId, invite }: { organizationId: string; invite: { id: string; email: string } }) {
  const [resent, resend] = useActionState(resendInviteAction.bind(null, invite.id), initialFormState);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap justify-end gap-2">
        <form action={resend}>
          <OrganizationField organizationId={organizationId} />
          <button type="submit" className={buttonClass("secondary", "sm")} aria-label={`Resend invitation to ${invite.email}`}>
            Resend
          </button>
        </form>
        <ConfirmButton
          organizationId={organizationId}
          action={revokeInviteAction.bind(null, invite.id)}
          trigger="Revoke…"
          triggerLabel={`Revoke invitation to ${invite.email}`}
          triggerVariant="danger-outline"
          confirm="Revoke invitation"
          pending="Revoking…"
        >
          Revoke the invitation to {invite.email}? The link in their email stops working at once.
        </ConfirmButton>
      </div>
      <FormAlert message={resent.message} tone={resent.status === "success" ? "success" : "error"} />
    </div>
  );
}
