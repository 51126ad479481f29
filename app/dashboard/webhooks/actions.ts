"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/form-state";
import { orgAction } from "@/server/http/declare-action";
import {
  createWebhook,
  deleteWebhook,
  redeliverWebhook,
  rotateWebhookSecret,
  sendTestEvent,
  updateWebhook,
} from "@/server/webhooks/mutations";
import { webhookOperations } from "@/server/webhooks/operations";

const PAGE = "/dashboard/webhooks";

/** A new or rotated signing secret comes back once, to the form's state. */
export type WebhookFormState = FormState & { secret?: string };

export const createWebhookAction = orgAction<typeof webhookOperations.create, [], WebhookFormState>(
  { ...webhookOperations.create, fromForm: ({ url, events, description }) => ({ url, events, description }) },
  async ({ ctx, input, meta }) => {
    const result = await createWebhook(ctx, input, meta);
    if (!result.ok) return result;
    revalidatePath(PAGE);
    return { status: "success", message: "Endpoint added. Copy its signing secret now: it is shown only once.", secret: result.secret };
  },
);

export const setWebhookEnabledAction = orgAction(
  { ...webhookOperations.update, fromForm: ({ enabled }) => ({ enabled: enabled === "true" }) },
  async ({ ctx, input, meta }, webhookId: string) => {
    const result = await updateWebhook(ctx, webhookId, input, meta);
    if (!result.ok) return result;
    revalidatePath(PAGE);
    return { status: "success", message: result.webhook.enabled ? "Endpoint enabled." : "Endpoint disabled." };
  },
);

export const rotateWebhookSecretAction = orgAction<typeof webhookOperations.rotateSecret, [string], WebhookFormState>(
  webhookOperations.rotateSecret,
  async ({ ctx, meta }, webhookId) => {
    const result = await rotateWebhookSecret(ctx, webhookId, meta);
    if (!result.ok) return result;
    revalidatePath(PAGE);
    return { status: "success", message: "New secret made. The old one keeps signing too for 24 hours.", secret: result.secret };
  },
);

export const sendTestEventAction = orgAction(webhookOperations.test, async ({ ctx }, webhookId: string) => {
  const result = await sendTestEvent(ctx, webhookId);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: "Test event queued: it appears in the deliveries below in a moment." };
});

export const deleteWebhookAction = orgAction(webhookOperations.delete, async ({ ctx, meta }, webhookId: string) => {
  const result = await deleteWebhook(ctx, webhookId, meta);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: "Endpoint deleted." };
});

export const redeliverWebhookAction = orgAction(webhookOperations.redeliver, async ({ ctx }, webhookId: string, deliveryId: string) => {
  const result = await redeliverWebhook(ctx, webhookId, deliveryId);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: "Delivery queued again." };
});
