"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { PERMISSION_LABELS, PERMISSIONS, type Permission } from "@/lib/permissions";
import { OrganizationField } from "../../_components/organization-field";
import { createCustomRoleAction } from "../actions";

/** Name, description and the permissions to grant; permissions the author lacks cannot be ticked. */
export function CreateRoleForm({ organizationId, grantable }: { organizationId: string; grantable: Permission[] }) {
  const [state, action] = useActionState(createCustomRoleAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate key={state.status === "success" ? state.message : "form"}>
      <OrganizationField organizationId={organizationId} />
      <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
      <Field label="Role name" name="name" required maxLength={50} placeholder="Designer" defaultValue={state.values?.name} error={state.fields?.name} />
      <Field label="Description (optional)" name="description" maxLength={500} defaultValue={state.values?.description} error={state.fields?.description} />
      <fieldset aria-describedby={state.fields?.permissions ? "permissions-error" : undefined}>
        <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">Permissions</legend>
        <p className="mb-2 text-xs text-zinc-500">Added on top of each holder&apos;s base role. You can only grant what you hold yourself.</p>
        <div className="grid gap-1.5">
          {PERMISSIONS.map((permission) => {
            const allowed = grantable.includes(permission);
            return (
              <label key={permission} className={`flex items-start gap-2 text-sm ${allowed ? "" : "text-zinc-400 dark:text-zinc-600"}`}>
                <input type="checkbox" name="permissions" value={permission} disabled={!allowed} className="mt-0.5 accent-indigo-600" />
                <span>
                  {PERMISSION_LABELS[permission]} <code className="text-xs text-zinc-500">{permission}</code>
                </span>
              </label>
            );
          })}
        </div>
        {state.fields?.permissions && (
          <p id="permissions-error" className="mt-1 text-xs font-medium text-red-600 dark:text-red-400">
            {state.fields.permissions}
          </p>
        )}
      </fieldset>
      <SubmitButton pendingLabel="Creating…" fullWidth={false}>
        Create role
      </SubmitButton>
    </form>
  );
}
