import "server-only";
import { audit, recordAudit } from "@/server/audit/record";
import type { OrgContext, SessionContext } from "@/server/auth/context";
import { moveSessionToOrganization, relocateSessions } from "@/server/auth/sessions";
import { db, type Role } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { isId } from "@/server/ids";
import { withTenant } from "@/server/tenant/scope";
import type { OrganizationSummary } from "./create";
import { DELETION_GRACE_DAYS, purgeDate } from "./deletion-policy";

/**
 * Soft-deletes the organization: from the next request on it is gone from every route for every member, whose
 * sessions move to another of their organizations (or to onboarding). Its data stays, restorable by an owner for
 * DELETION_GRACE_DAYS, until `npm run jobs:purge` removes it. Only an owner by base role may, and only by typing
 * the organization's name exactly (surrounding spaces aside).
 */
export async function softDeleteOrganization(ctx: OrgContext, input: { confirm: string }, meta: RequestMeta): Promise<Result<object>> {
  if (ctx.role !== "OWNER") return fail("FORBIDDEN", "Only an owner can delete the organization.");
  if (input.confirm.trim() !== ctx.organization.name) {
    const message = `Type the organization's name, ${ctx.organization.name}, exactly to confirm.`;
    return fail("CONFIRMATION_MISMATCH", message, { confirm: message });
  }
  const organizationId = ctx.organization.id;
  return withTenant(ctx, async (tx) => {
    const deletedAt = new Date();
    // Guarded by deletedAt: of two concurrent deletions, the second changes nothing and records nothing.
    const { count } = await tx.organization.updateMany({
      where: { id: organizationId, deletedAt: null },
      data: { deletedAt, deletedById: ctx.user.id },
    });
    if (count === 0) return fail("NOT_FOUND", "Organization not found.");
    // Open invitations and links die with it; a restore does not revive them.
    await tx.invitation.updateMany({
      where: { organizationId, pendingEmail: { not: null } },
      data: { revokedAt: deletedAt, pendingEmail: null },
    });
    await tx.inviteLink.updateMany({ where: { organizationId, revokedAt: null }, data: { revokedAt: deletedAt } });
    await tx.ownershipTransfer.deleteMany({ where: { organizationId } });
    await relocateSessions(tx);
    await audit(tx, ctx, meta, {
      action: "organization.deleted",
      targetType: "organization",
      targetId: organizationId,
      metadata: { name: ctx.organization.name, purgeAfter: purgeDate(deletedAt).toISOString() },
    });
    return { ok: true as const };
  });
}

export type DeletedOrganization = OrganizationSummary & { deletedAt: Date; purgeAt: Date };

/** The viewer's soft-deleted organizations they may restore (they are an owner), soonest purge first. */
export async function listRestorableOrganizations(userId: string): Promise<DeletedOrganization[]> {
  const rows = await db.organization.findMany({
    where: { deletedAt: { not: null, gt: graceStart() }, memberships: { some: { userId, role: "OWNER" } } },
    select: { id: true, name: true, slug: true, deletedAt: true },
    orderBy: { deletedAt: "asc" },
  });
  return rows.map((row) => ({ ...row, deletedAt: row.deletedAt!, purgeAt: purgeDate(row.deletedAt!) }));
}

/**
 * An owner brings a deleted organization back within the grace period and lands in it. Its data never left; its
 * members find it in their switcher again.
 */
export async function restoreOrganization(
  viewer: SessionContext,
  organizationId: string,
  meta: RequestMeta,
): Promise<Result<{ organization: OrganizationSummary; role: Role; token: string }>> {
  if (!isId(organizationId)) return notRestorable();
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { userId: viewer.user.id, organizationId, organization: { deletedAt: { not: null } } },
      select: { role: true, organization: { select: { id: true, name: true, slug: true, deletedAt: true } } },
    });
    if (!membership) return notRestorable();
    if (membership.role !== "OWNER") return fail("FORBIDDEN", "Only an owner can restore the organization.");
    if (membership.organization.deletedAt! <= graceStart()) {
      return fail(
        "ORGANIZATION_PURGED",
        `This organization was deleted more than ${DELETION_GRACE_DAYS} days ago and can no longer be restored.`,
      );
    }
    const { deletedAt: _deletedAt, ...organization } = membership.organization;
    await tx.organization.update({ where: { id: organizationId }, data: { deletedAt: null, deletedById: null } });
    await recordAudit(tx, {
      organizationId,
      actorId: viewer.user.id,
      action: "organization.restored",
      targetType: "organization",
      targetId: organizationId,
      meta,
    });
    const token = await moveSessionToOrganization(tx, {
      userId: viewer.user.id,
      sessionId: viewer.session.id,
      organization,
      role: "OWNER",
    });
    return { ok: true as const, organization, role: "OWNER" as const, token };
  });
}

function graceStart(now = new Date()): Date {
  return new Date(now.getTime() - DELETION_GRACE_DAYS * 86_400_000);
}

function notRestorable() {
  return fail("NOT_FOUND", "No deleted organization of yours with that id.");
}
