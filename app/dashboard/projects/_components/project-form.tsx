"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { initialFormState, type FormState } from "@/lib/form-state";
import { OrganizationField } from "@/components/ui/organization-field";

type Props = {
  organizationId: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  initial?: { name: string; description: string };
  submitLabel: string;
  pendingLabel: string;
};

/** Create and edit share one form: name and description, inline errors, the outcome in words. */
export function ProjectForm({ organizationId, action, initial, submitLabel, pendingLabel }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = state.values ?? initial;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <OrganizationField organizationId={organizationId} />
      <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
      <Field
        label="Name"
        name="name"
        required
        maxLength={100}
        defaultValue={values?.name}
        error={state.fields?.name}
        key={`name-${values?.name}`}
      />
      <TextArea
        label="Description"
        name="description"
        maxLength={2000}
        hint="Optional. Up to 2,000 characters."
        defaultValue={values?.description}
        error={state.fields?.description}
        key={`description-${values?.description}`}
      />
      <SubmitButton pendingLabel={pendingLabel} fullWidth={false}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
