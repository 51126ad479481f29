"use client";

import { useActionState } from "react";
import { CopyField } from "@/components/ui/copy-field";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { WEBHOOK_EVENTS } from "@/lib/webhook-events";
import { OrganizationField } from "@/components/ui/organization-field";
import { createWebhookAction, type WebhookFormState } from "../actions";

export function CreateWebhookForm({ organizationId }: { organizationId: string }) {
  const [state, action] = useActionState<WebhookFormState, FormData>(createWebhookAction, initialFormState);
  const { fields = {}, values = {} } = state;
  return (
    <div className="space-y-4">
      {state.secret && (
        <div className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3 dark:border-emerald-900 dark:bg-emerald-950/40">
          <CopyField label="Signing secret" value={state.secret} />
          <p className="text-xs text-emerald-900 dark:text-emerald-200">
            Your receiver verifies each delivery with it. It cannot be shown again (rotate it to get a new one).
          </p>
        </div>
      )}
      <form action={action} aria-label="New webhook endpoint" className="space-y-4" noValidate key={state.secret ?? "form"}>
        <OrganizationField organizationId={organizationId} />
        <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
        <Field
          label="URL"
          name="url"
          type="url"
          required
          placeholder="https://example.com/webhooks/orgstack"
          defaultValue={values.url}
          error={fields.url}
        />
        <Field
          label="Description (optional)"
          name="description"
          maxLength={200}
          placeholder="Our CRM"
          defaultValue={values.description}
          error={fields.description}
        />
        <fieldset aria-describedby={fields.events ? "webhook-events-error" : undefined}>
          <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">Events</legend>
          <div className="mt-1.5 grid gap-1.5">
            {WEBHOOK_EVENTS.map((event) => (
              <label key={event} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="events" value={event} className="accent-indigo-600" />
                <code className="text-xs">{event}</code>
              </label>
            ))}
          </div>
          {fields.events && (
            <p id="webhook-events-error" className="mt-1 text-xs font-medium text-red-600 dark:text-red-400">
              {fields.events}
            </p>
          )}
        </fieldset>
        <SubmitButton pendingLabel="Adding…" fullWidth={false}>
          Add endpoint
        </SubmitButton>
      </form>
    </div>
  );
}
