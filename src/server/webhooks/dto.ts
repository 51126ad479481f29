import "server-only";
import type { Prisma } from "@/server/db";

/** What leaves the server for an endpoint: never its secret (shown once, on creation and rotation). */
export const webhookSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  consecutiveFailures: true,
  disabledAt: true,
  disabledReason: true,
  previousSecretExpiresAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.WebhookEndpointSelect;

export type WebhookRow = Prisma.WebhookEndpointGetPayload<{ select: typeof webhookSelect }>;
export type WebhookDto = Omit<WebhookRow, "previousSecretExpiresAt"> & { enabled: boolean; previousSecretValidUntil: Date | null };

export function toWebhookDto({ previousSecretExpiresAt, ...row }: WebhookRow, now = new Date()): WebhookDto {
  return {
    ...row,
    enabled: row.disabledAt === null,
    previousSecretValidUntil: previousSecretExpiresAt && previousSecretExpiresAt > now ? previousSecretExpiresAt : null,
  };
}

export const deliverySelect = {
  id: true,
  eventId: true,
  eventType: true,
  status: true,
  attempts: true,
  lastStatusCode: true,
  lastDurationMs: true,
  lastError: true,
  lastAttemptAt: true,
  createdAt: true,
} satisfies Prisma.WebhookDeliverySelect;
export type DeliveryDto = Prisma.WebhookDeliveryGetPayload<{ select: typeof deliverySelect }>;
