"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";
import { OrganizationField } from "@/components/ui/organization-field";

/**
 * One button that runs a billing action (checkout, portal, a development change) with hidden fields, and shows the
 * action's refusal next to it. On success the action redirects: to Stripe, or back to the billing page.
 */
export function BillingForm({
  action,
  organizationId,
  fields = {},
  label,
  pendingLabel,
  variant = "primary",
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  organizationId: string;
  fields?: Record<string, string>;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "danger";
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <OrganizationField organizationId={organizationId} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormAlert message={state.status === "error" ? state.message : undefined} />
      <SubmitButton pendingLabel={pendingLabel} variant={variant}>
        {label}
      </SubmitButton>
    </form>
  );
}
