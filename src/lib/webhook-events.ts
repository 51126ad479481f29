// Shared by server and client: the event types a webhook endpoint can subscribe to (src/server/webhooks/events.ts
// says which change sends each).
export const WEBHOOK_EVENTS = [
  "member.added",
  "member.removed",
  "member.role_changed",
  "invitation.created",
  "invitation.revoked",
  "project.created",
  "project.updated",
  "project.deleted",
  "organization.updated",
  "subscription.updated",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];
