"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/form-state";
import { OrganizationField } from "@/components/ui/organization-field";
import { redeliverWebhookAction } from "../actions";

/** "Send again" for one failed or skipped delivery; what happened replaces the button. */
export function RedeliverButton({
  organizationId,
  webhookId,
  delivery,
}: {
  organizationId: string;
  webhookId: string;
  delivery: { id: string; eventType: string };
}) {
  const [state, action, pending] = useActionState(redeliverWebhookAction.bind(null, webhookId, delivery.id), initialFormState);
  if (state.message)
    return (
      <span className={`ml-2 ${state.status === "error" ? "text-red-700 dark:text-red-400" : ""}`} role="status">
        {state.message}
      </span>
    );
  return (
    <form action={action} className="inline">
      <OrganizationField organizationId={organizationId} />
      <button
        type="submit"
        disabled={pending}
        className="ml-2 font-medium text-indigo-700 hover:underline disabled:opacity-60 dark:text-indigo-400"
        aria-label={`Send the ${delivery.eventType} delivery again`}
      >
        Send again
      </button>
    </form>
  );
}
