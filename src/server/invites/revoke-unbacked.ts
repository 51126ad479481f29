import "server-only";
import { effectivePermissions } from "@/lib/permissions";
import { actorOf, recordAudit } from "@/server/audit/record";
import type { OrgContext } from "@/server/auth/context";
import type { Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";

/**
 * An open invitation or invite link stands for the power of the person who made it. Once that person has left, was
 * removed, or no longer holds members.invite (a new base role, a custom role taken away, changed or deleted), what
 * they made is revoked in the same transaction: else a demoted or removed admin could come back through their own link.
 * Costs two indexed reads when nothing is open, and is run by every change that can take members.invite away.
 */
export async function revokeInvitesWithoutBacking(tx: Tx, ctx: OrgContext, meta: RequestMeta): Promise<number> {
  const organizationId = ctx.organization.id;
  const now = new Date();
  const [invitations, links] = await Promise.all([
    tx.invitation.findMany({
      where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now }, invitedById: { not: null } },
      select: { id: true, email: true, role: true, invitedById: true },
    }),
    tx.inviteLink.findMany({
      where: { organizationId, revokedAt: null, expiresAt: { gt: now }, createdById: { not: null } },
      select: { id: true, role: true, createdById: true },
    }),
  ]);
  const creators = [...new Set([...invitations.map((row) => row.invitedById!), ...links.map((row) => row.createdById!)])];
  if (creators.length === 0) return 0;

  const memberships = await tx.membership.findMany({
    where: { organizationId, userId: { in: creators } },
    select: { userId: true, role: true, customRoles: { select: { customRole: { select: { permissions: true } } } } },
  });
  const backed = new Set(
    memberships
      .filter((m) =>
        effectivePermissions(
          m.role,
          m.customRoles.flatMap(({ customRole }) => customRole.permissions),
        ).includes("members.invite"),
      )
      .map((m) => m.userId),
  );
  const staleInvitations = invitations.filter((row) => !backed.has(row.invitedById!));
  const staleLinks = links.filter((row) => !backed.has(row.createdById!));
  if (staleInvitations.length === 0 && staleLinks.length === 0) return 0;

  await tx.invitation.updateMany({
    where: { organizationId, id: { in: staleInvitations.map((row) => row.id) } },
    data: { revokedAt: now, pendingEmail: null },
  });
  await tx.inviteLink.updateMany({ where: { organizationId, id: { in: staleLinks.map((row) => row.id) } }, data: { revokedAt: now } });
  const reason = "creator_lost_members_invite";
  const events = [
    ...staleInvitations.map((row) => ({
      action: "invite.revoked" as const,
      targetType: "invitation" as const,
      targetId: row.id,
      metadata: { email: row.email, role: row.role, reason, createdBy: row.invitedById },
    })),
    ...staleLinks.map((row) => ({
      action: "invite_link.revoked" as const,
      targetType: "invite_link" as const,
      targetId: row.id,
      metadata: { role: row.role, reason, createdBy: row.createdById },
    })),
  ];
  for (const event of events) await recordAudit(tx, { organizationId, ...actorOf(ctx), ...event, meta });
  return events.length;
}
