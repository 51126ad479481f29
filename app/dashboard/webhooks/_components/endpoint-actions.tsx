"use client";

import { useActionState, useState } from "react";
import { CopyField } from "@/components/ui/copy-field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { OrganizationField } from "../../_components/organization-field";
import { deleteWebhookAction, rotateWebhookSecretAction, sendTestEventAction, setWebhookEnabledAction, type WebhookFormState } from "../actions";

const BUTTON = "rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** Test, rotate, enable or disable, delete: each a small form of its own, with its outcome under the buttons. */
export function EndpointActions({ organizationId, webhook }: { organizationId: string; webhook: { id: string; url: string; enabled: boolean } }) {
  const [test, testAction] = useActionState(sendTestEventAction.bind(null, webhook.id), initialFormState);
  const [rotated, rotateAction] = useActionState<WebhookFormState, FormData>(rotateWebhookSecretAction.bind(null, webhook.id), initialFormState);
  const [toggled, toggleAction] = useActionState(setWebhookEnabledAction.bind(null, webhook.id), initialFormState);
  const [deleted, deleteAction] = useActionState(deleteWebhookAction.bind(null, webhook.id), initialFormState);
  const [confirming, setConfirming] = useState(false);
  const outcome = [test, rotated, toggled, deleted].find((state) => state.message);
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
        {!confirming && (
          <button type="button" onClick={() => setConfirming(true)} className={`${BUTTON} text-red-700 dark:text-red-400`}>
            Delete…
          </button>
        )}
      </div>
      {confirming && (
        <form action={deleteAction} className="space-y-2 rounded-md border border-red-200 bg-red-50/50 p-3 text-sm dark:border-red-900 dark:bg-red-950/30">
          <OrganizationField organizationId={organizationId} />
          <p className="break-words">Delete the endpoint {webhook.url} and its delivery log? Nothing more is sent to it.</p>
          <div className="flex gap-2">
            <SubmitButton pendingLabel="Deleting…" variant="danger" fullWidth={false}>
              Delete endpoint
            </SubmitButton>
            <button type="button" onClick={() => setConfirming(false)} className={BUTTON}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {outcome && <FormAlert message={outcome.message} tone={outcome.status === "success" ? "success" : "error"} />}
      {rotated.secret && <CopyField label="New signing secret" value={rotated.secret} />}
    </div>
  );
}
