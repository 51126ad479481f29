"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { startSupportAction } from "../actions";

type Props = { organizationId: string; organizationName: string; members: { id: string; label: string }[]; allowed: boolean };

/** "View as a member": read-only, for at most an hour, with a reason the organization reads in its audit log. */
export function SupportForm({ organizationId, organizationName, members, allowed }: Props) {
  const [state, action] = useActionState(startSupportAction.bind(null, organizationId), initialFormState);
  if (!allowed)
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">{organizationName}’s owners have turned support access off.</p>;
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" noValidate aria-label="View as a member">
      <div className="sm:col-span-2">
        <FormAlert message={state.message} />
      </div>
      <SelectField
        label="View as"
        name="asUserId"
        options={members.map((member) => ({ value: member.id, label: member.label }))}
        error={state.fields?.asUserId}
      />
      <SelectField
        label="For"
        name="minutes"
        options={[
          { value: "15", label: "15 minutes" },
          { value: "30", label: "30 minutes" },
          { value: "60", label: "1 hour" },
        ]}
        defaultValue="30"
      />
      <div className="sm:col-span-2">
        <Field
          label="Reason"
          name="reason"
          required
          maxLength={300}
          placeholder="Ticket #4821: the owner cannot see the Apollo project"
          defaultValue={state.values?.reason}
          error={state.fields?.reason}
          hint={`Shown in ${organizationName}'s audit log.`}
        />
      </div>
      <div>
        <SubmitButton pendingLabel="Starting…" fullWidth={false}>
          Start read-only view
        </SubmitButton>
      </div>
    </form>
  );
}
