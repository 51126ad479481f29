"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { OrganizationField } from "@/components/ui/organization-field";
import { updateSettingsAction } from "../actions";

/** Name and URL name. Changing the URL name keeps the old one working for links already shared. */
export function GeneralForm({
  organization,
  linkTemplate,
}: {
  organization: { id: string; name: string; slug: string };
  linkTemplate: string;
}) {
  const [state, action] = useActionState(updateSettingsAction, initialFormState);
  const values = state.values ?? organization;
  return (
    <form action={action} className="space-y-4" noValidate aria-label="General settings">
      <OrganizationField organizationId={organization.id} />
      <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
      <Field
        label="Organization name"
        name="name"
        required
        maxLength={100}
        defaultValue={values.name}
        error={state.fields?.name}
        key={`name-${values.name}`}
      />
      <Field
        label="URL name"
        name="slug"
        required
        maxLength={48}
        defaultValue={values.slug}
        error={state.fields?.slug}
        hint={`Links to this organization: ${linkTemplate.replace("{slug}", values.slug)}. After a change, links with the old name keep working.`}
        key={`slug-${values.slug}`}
      />
      <SubmitButton pendingLabel="Saving…" fullWidth={false}>
        Save changes
      </SubmitButton>
    </form>
  );
}
