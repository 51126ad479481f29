import "server-only";
import type { Prisma, Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";

/**
 * Every action the audit log records, named `<thing>.<past tense>`; the audit page and API filter on them. A new
 * mutation adds its action here first.
 */
export const AUDIT_ACTIONS = [
  "organization.created",
  "organization.updated",
  "organization.logo_updated",
  "organization.logo_removed",
  "organization.deleted",
  "organization.restored",
  "member.signed_in",
  "member.switched_in",
  "member.role_changed",
  "member.removed",
  "member.left",
  "member.custom_roles_changed",
  "ownership.transfer_requested",
  "ownership.transfer_cancelled",
  "ownership.transfer_declined",
  "ownership.transferred",
  "invite.created",
  "invite.resent",
  "invite.revoked",
  "invite.accepted",
  "invite_link.created",
  "invite_link.revoked",
  "invite_link.used",
  "role.created",
  "role.updated",
  "role.deleted",
  "project.created",
  "project.updated",
  "project.deleted",
  "audit.exported",
  "admin.viewed",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an event is about: its targetType. */
export type AuditTargetType = "organization" | "user" | "invitation" | "invite_link" | "project" | "custom_role" | "ownership_transfer";

export type AuditEntry = {
  organizationId: string;
  actorId: string | null;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  metadata?: Prisma.InputJsonObject;
  meta?: RequestMeta;
};

/** Writes an audit event inside the mutation's own transaction: the event and the change commit or roll back together. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      organizationId: entry.organizationId,
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      metadata: entry.metadata ?? {},
      ip: entry.meta?.ip ?? null,
      userAgent: entry.meta?.userAgent ?? null,
    },
    select: { id: true },
  });
}
