"use client";

import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { CopyField } from "@/components/ui/copy-field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { OrganizationField } from "@/components/ui/organization-field";
import {
  deleteWebhookAction,
  rotateWebhookSecretAction,
  sendTestEventAction,
  setWebhookEnabledAction,
  type WebhookFormState,
} from "../actions";

/** Test, rotate, enable or disable, delete: each a small form of its own, with its outcome under the buttons. */
export function EndpointActions({
  organizationId,
  webhook,
}: {
  organizationId: string;
  webhook: { id: string; url: string; enabled: boolean };
}) {
  const [test, testAction] = useActionState(sendTestEventAction.bind(null, webhook.id), initialFormState);
  const [rotated, rotateAction] = useActionState<WebhookFormState, FormData>(
    rotateWebhookSecretAction.bind(null, webhook.id),
    initialFormState,
  );
  const [toggled, toggleAction] = useActionState(setWebhookEnabledAction.bind(null, webhook.id), initialFormState);
  const outcome = [test, rotated, toggled].find((state) => state.message);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {webhook.enabled && (
          <form action={testAction}>
            <OrganizationField organizationId={organizationId} />
            <SubmitButton pendingLabel="Queuing…" variant="secondary" fullWidth={false}>
              Send test event
            </SubmitButton>
          </form>
        )}
        <form action={rotateAction}>
          <OrganizationField organizationId={organizationId} />
          <SubmitButton pendingLabel="Rotating…" variant="secondary" fullWidth={false}>
            Rotate secret
          </SubmitButton>
        </form>
        <form action={toggleAction}>
          <OrganizationField organizationId={organizationId} />
          <input type="hidden" name="enabled" value={webhook.enabled ? "false" : "true"} />
          <SubmitButton pendingLabel="Saving…" variant="secondary" fullWidth={false}>
            {webhook.enabled ? "Disable" : "Enable"}
          </SubmitButton>
        </form>
        <ConfirmButton
          organizationId={organizationId}
          action={deleteWebhookAction.bind(null, webhook.id)}
          trigger="Delete…"
          triggerVariant="danger-outline"
          confirm="Delete endpoint"
          pending="Deleting…"
        >
          Delete the endpoint {webhook.url} and its delivery log? Nothing more is sent to it.
        </ConfirmButton>
      </div>
      {outcome && <FormAlert message={outcome.message} tone={outcome.status === "success" ? "success" : "error"} />}
      {rotated.secret && <CopyField label="New signing secret" value={rotated.secret} />}
    </div>
  );
}
