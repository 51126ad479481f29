"use client";

import { useActionState } from "react";
import { CopyField } from "@/components/ui/copy-field";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { ROLE_LABELS, type BaseRole } from "@/lib/permissions";
import { INVITE_LINK_MAX_DAYS, INVITE_LINK_MAX_USES } from "@/lib/validation/invites";
import { OrganizationField } from "@/components/ui/organization-field";
import { createInviteLinkAction, type InviteFormState } from "../actions";

export function InviteLinkForm({ organizationId, roles }: { organizationId: string; roles: BaseRole[] }) {
  const [state, action] = useActionState<InviteFormState, FormData>(createInviteLinkAction, initialFormState);
  const { fields = {}, values = {} } = state;
  return (
    <form action={action} aria-label="New invite link" className="space-y-4" noValidate>
      <OrganizationField organizationId={organizationId} />
      <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
      {state.link && <CopyField label="Invite link" value={state.link} />}
      <SelectField
        label="Role for people who join"
        name="role"
        id="link-role"
        defaultValue={values.role || roles[0]}
        options={roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
        hint="Links give Member at most; invite admins by email."
        error={fields.role}
      />
      <div className="grid grid-cols-2 gap-3">
        <Field
          label="Uses"
          name="maxUses"
          type="number"
          min={1}
          max={INVITE_LINK_MAX_USES}
          defaultValue={values.maxUses || "25"}
          error={fields.maxUses}
        />
        <Field
          label="Days valid"
          name="expiresInDays"
          type="number"
          min={1}
          max={INVITE_LINK_MAX_DAYS}
          defaultValue={values.expiresInDays || "7"}
          error={fields.expiresInDays}
        />
      </div>
      <Field
        label="Only for addresses at (optional)"
        name="allowedDomain"
        placeholder="company.com"
        maxLength={253}
        defaultValue={values.allowedDomain}
        hint="Leave empty to let any address join."
        error={fields.allowedDomain}
      />
      <SubmitButton pendingLabel="Creating…">Create invite link</SubmitButton>
    </form>
  );
}
