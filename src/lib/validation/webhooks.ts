import { z } from "zod";
import { WEBHOOK_EVENTS } from "../webhook-events";
import { multilineText } from "./fields";

const url = z
  .string({ error: "Enter the URL that receives the events." })
  .trim()
  .max(2000, "At most 2000 characters.")
  .refine((value) => URL.canParse(value), "Enter a full URL, e.g. https://example.com/webhooks/orgstack.")
  // As the URL parser writes it: what is stored and called is exactly what was checked (ssrf.ts).
  .transform((value) => new URL(value).href);

const events = z
  .array(z.enum(WEBHOOK_EVENTS, { error: "Unknown event type." }), { error: "Choose the events to send." })
  .min(1, "Choose at least one event.")
  .max(WEBHOOK_EVENTS.length)
  .transform((list) => WEBHOOK_EVENTS.filter((event) => list.includes(event)));

const description = multilineText("the description", 200);

export const createWebhookSchema = z.strictObject({ url, events, description: description.optional() });
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

/** What may change; `enabled: true` turns a disabled endpoint back on (its failure count starts again). */
export const updateWebhookSchema = z
  .strictObject({ url: url.optional(), events: events.optional(), description: description.optional(), enabled: z.boolean().optional() })
  .refine((input) => Object.keys(input).length > 0, "Send at least one field to change.");
export type UpdateWebhookInput = z.infer<typeof updateWebhookSchema>;

export const listDeliveriesQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(50) });
