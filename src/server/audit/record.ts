import "server-only";
import type { Prisma, Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";

/** Action names are `<thing>.<past tense>`; the audit log page and API filter on them. */
export type AuditAction =
  | "invite.created"
  | "invite.resent"
  | "invite.revoked"
  | "invite.accepted"
  | "invite_link.created"
  | "invite_link.revoked"
  | "invite_link.used";

export type AuditEntry = {
  organizationId: string;
  actorId: string | null;
  action: AuditAction;
  targetType: string;
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
