"use client";

import { useActionState } from "react";
import { CopyField } from "@/components/ui/copy-field";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import type { Permission } from "@/lib/permissions";
import { OrganizationField } from "@/components/ui/organization-field";
import { PermissionCheckboxes } from "../../_components/permission-checkboxes";
import { createApiKeyAction, type ApiKeyFormState } from "../actions";

const EXPIRY = [
  { value: "30", label: "In 30 days" },
  { value: "90", label: "In 90 days" },
  { value: "365", label: "In a year" },
  { value: "", label: "Never" },
];

/** Name, permissions (at most the author's own) and expiry; the secret is shown once, above the form. */
export function CreateApiKeyForm({ organizationId, grantable }: { organizationId: string; grantable: Permission[] }) {
  const [state, action] = useActionState<ApiKeyFormState, FormData>(createApiKeyAction, initialFormState);
  const { fields = {}, values = {} } = state;
  return (
    <div className="space-y-4">
      {state.secret && (
        <div className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3 dark:border-emerald-900 dark:bg-emerald-950/40">
          <CopyField label="Your new API key" value={state.secret} />
          <p className="text-xs text-emerald-900 dark:text-emerald-200">
            Store it in your secrets manager now. Orgstack keeps only a fingerprint of it, so it cannot be shown again.
          </p>
        </div>
      )}
      <form action={action} aria-label="New API key" className="space-y-4" noValidate key={state.secret ?? "form"}>
        <OrganizationField organizationId={organizationId} />
        <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
        <Field
          label="Name"
          name="name"
          required
          maxLength={80}
          placeholder="Deploy script"
          defaultValue={values.name}
          error={fields.name}
        />
        <PermissionCheckboxes
          id="key-permissions"
          grantable={grantable}
          hint="What the key may do. You can only give it permissions you hold yourself."
          error={fields.permissions}
        />
        <SelectField
          label="Expires"
          name="expiresInDays"
          id="key-expiry"
          defaultValue={values.expiresInDays ?? "90"}
          options={EXPIRY}
          error={fields.expiresInDays}
        />
        <SubmitButton pendingLabel="Creating…" fullWidth={false}>
          Create key
        </SubmitButton>
      </form>
    </div>
  );
}
