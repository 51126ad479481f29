"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { acceptInviteAction } from "../actions";

export function AcceptInviteButton({ token, organizationName }: { token: string; organizationName: string }) {
  const [state, action] = useActionState(acceptInviteAction.bind(null, token), initialFormState);
  return (
    <form action={action} className="space-y-3">
      <FormAlert message={state.message} />
      <SubmitButton pendingLabel={`Joining ${organizationName}…`}>Accept and join {organizationName}</SubmitButton>
    </form>
  );
}
