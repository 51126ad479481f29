"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import type { Permission } from "@/lib/permissions";
import { OrganizationField } from "@/components/ui/organization-field";
import { PermissionCheckboxes } from "../../_components/permission-checkboxes";
import { createCustomRoleAction } from "../actions";

/** Name, description and the permissions to grant; permissions the author lacks cannot be ticked. */
export function CreateRoleForm({ organizationId, grantable }: { organizationId: string; grantable: Permission[] }) {
  const [state, action] = useActionState(createCustomRoleAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate key={state.status === "success" ? state.message : "form"}>
      <OrganizationField organizationId={organizationId} />
      <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
      <Field
        label="Role name"
        name="name"
        required
        maxLength={50}
        placeholder="Designer"
        defaultValue={state.values?.name}
        error={state.fields?.name}
      />
      <Field
        label="Description (optional)"
        name="description"
        maxLength={500}
        defaultValue={state.values?.description}
        error={state.fields?.description}
      />
      <PermissionCheckboxes
        id="role-permissions"
        grantable={grantable}
        hint="Added on top of each holder's base role. You can only grant what you hold yourself."
        error={state.fields?.permissions}
      />
      <SubmitButton pendingLabel="Creating…" fullWidth={false}>
        Create role
      </SubmitButton>
    </form>
  );
}
