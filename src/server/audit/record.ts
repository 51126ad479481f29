import "server-only";
import { AUDIT_ACTION_NAMES, type AuditActionName } from "@/lib/audit-labels";
import { Prisma, type Tx } from "@/server/db";
import { PIPELINED } from "@/server/db/pipelining-client";
import { newId } from "@/server/ids";
import type { RequestMeta } from "@/server/http/request-meta";
import type { OrgContext } from "@/server/auth/context";
import { emitWebhookEvent } from "@/server/webhooks/emit";
import { EVENT_OF_AUDIT_ACTION } from "@/server/webhooks/events";

/**
 * Every action the audit log records, named `<thing>.<past tense>`, is a key of AUDIT_ACTION_LABELS
 * (src/lib/audit-labels.ts, shared with the audit page): one list, its label beside it. A new mutation adds its action
 * there first; the audit page and API filter on them.
 */
export const AUDIT_ACTIONS = AUDIT_ACTION_NAMES;
export type AuditAction = AuditActionName;

/** What an event is about: its targetType. */
export type AuditTargetType =
  | "organization"
  | "user"
  | "invitation"
  | "invite_link"
  | "project"
  | "custom_role"
  | "ownership_transfer"
  | "subscription"
  | "license"
  | "api_key"
  | "webhook_endpoint"
  | "domain"
  | "support_access"
  | "sso_connection"
  | "scim_token"
  | "directory_group";

export type AuditEntry = {
  organizationId: string;
  /** The person who acted; null for the system (webhooks, jobs) and for an API key. */
  actorId: string | null;
  /** The organization API key that acted, when it was one. */
  actorApiKeyId?: string | null;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  metadata?: Prisma.InputJsonObject;
  meta?: RequestMeta;
};

/** Who acted in a request's organization, as an audit entry names them: the member, or the API key. */
export function actorOf(ctx: Pick<OrgContext, "user" | "apiKey">): { actorId: string | null; actorApiKeyId: string | null } {
  return { actorId: ctx.user?.id ?? null, actorApiKeyId: ctx.apiKey?.id ?? null };
}

/**
 * recordAudit for a request in an organization: the organization and the actor (member or API key) come from the
 * context, and the request's address and browser from `meta` — what nearly every mutation writes.
 */
export function audit(
  tx: Tx,
  ctx: Pick<OrgContext, "organization" | "user" | "apiKey">,
  meta: RequestMeta | undefined,
  event: Pick<AuditEntry, "action" | "targetType" | "targetId" | "metadata">,
): Promise<void> {
  return recordAudit(tx, { organizationId: ctx.organization.id, ...actorOf(ctx), ...event, ...(meta ? { meta } : {}) });
}

/**
 * Writes an audit event inside the mutation's own transaction: the event and the change commit or roll back together.
 * Nobody reads its result, so it is sent without waiting (db/pipelining-client.ts) and shares the round trip of the
 * COMMIT or next statement behind it; if it fails, the whole transaction fails with its error.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const at = new Date();
  await tx.$executeRaw`${Prisma.raw(PIPELINED)}
    INSERT INTO "AuditEvent" (id, "organizationId", "actorId", "actorApiKeyId", action, "targetType", "targetId", metadata, ip, "userAgent", "createdAt")
    VALUES (${newId()}, ${entry.organizationId}, ${entry.actorId}, ${entry.actorApiKeyId ?? null}, ${entry.action}, ${entry.targetType}, ${entry.targetId},
            ${JSON.stringify(entry.metadata ?? {})}::jsonb, ${entry.meta?.ip ?? null}, ${entry.meta?.userAgent ?? null}, ${at})`;
  // The changes customers may react to are announced to their webhook endpoints from the same transaction.
  const type = EVENT_OF_AUDIT_ACTION[entry.action];
  if (type) {
    const data = { organizationId: entry.organizationId, [entry.targetType]: { id: entry.targetId, ...entry.metadata } };
    await tx.$executeRaw(emitWebhookEvent({ organizationId: entry.organizationId, type, data, occurredAt: at }));
  }
}
