import type { WebhookEventType } from "@/lib/webhook-events";
import type { AuditAction } from "@/server/audit/record";

/*
 * Each event type comes from an audited change, in the same transaction as the change and its audit event
 * (src/server/audit/record.ts): an event exists if and only if the change committed.
 */
export { WEBHOOK_EVENTS, type WebhookEventType } from "@/lib/webhook-events";

/** Sent by "Send a test event" only: every endpoint receives it, whatever it subscribed to. */
export const TEST_EVENT = "webhook.test";

/** Which audited actions are announced, and as what. */
export const EVENT_OF_AUDIT_ACTION: Partial<Record<AuditAction, WebhookEventType>> = {
  "invite.accepted": "member.added",
  "invite_link.used": "member.added",
  "member.removed": "member.removed",
  "member.left": "member.removed",
  "member.role_changed": "member.role_changed",
  "invite.created": "invitation.created",
  "invite.revoked": "invitation.revoked",
  "project.created": "project.created",
  "project.updated": "project.updated",
  "project.deleted": "project.deleted",
  "organization.updated": "organization.updated",
  "billing.subscription_changed": "subscription.updated",
};
