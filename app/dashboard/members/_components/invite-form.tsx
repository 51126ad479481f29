"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { ROLE_LABELS, type BaseRole } from "@/lib/permissions";
import { OrganizationField } from "@/components/ui/organization-field";
import { inviteMemberAction } from "../actions";

type Props = {
  organizationId: string;
  roles: BaseRole[];
  expiryDays: number;
  /** Development without RESEND_API_KEY: emails land in /dev/mailbox, not in inboxes. */
  devMailbox: boolean;
};

export function InviteForm({ organizationId, roles, expiryDays, devMailbox }: Props) {
  const [state, action] = useActionState(inviteMemberAction, initialFormState);
  const { fields = {}, values = {} } = state;
  return (
    <form action={action} aria-label="Invite by email" className="space-y-4" noValidate>
      <OrganizationField organizationId={organizationId} />
      <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
      {state.status === "success" && devMailbox && (
        <p className="text-sm">
          <a href="/dev/mailbox" target="_blank" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
            Open the development mailbox
          </a>{" "}
          <span className="text-zinc-600 dark:text-zinc-400">(no email service is configured, so emails are kept there)</span>
        </p>
      )}
      <Field
        label="Email address"
        name="email"
        type="email"
        autoComplete="off"
        required
        maxLength={254}
        placeholder="name@company.com"
        // A new key after each success empties the field for the next invitation.
        key={state.status === "success" ? state.message : "email"}
        defaultValue={state.status === "success" ? "" : values.email}
        error={fields.email}
      />
      <SelectField
        label="Role"
        name="role"
        defaultValue={values.role || (roles.includes("MEMBER") ? "MEMBER" : roles[0])}
        options={roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
        hint="You can invite people with your own role or below."
        error={fields.role}
      />
      <SubmitButton pendingLabel="Sending…">Send invitation</SubmitButton>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">The link in the email works once and expires in {expiryDays} days.</p>
    </form>
  );
}
