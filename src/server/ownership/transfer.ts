import "server-only";
import { recordAudit } from "@/server/audit/record";
import type { OrgContext } from "@/server/auth/context";
import type { Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/http/result";
import { isId } from "@/server/ids";
import { lockOwners } from "@/server/members/owners";
import { withTenant } from "@/server/tenant/scope";

/** How long a nomination waits for the nominee. */
export const TRANSFER_EXPIRY_DAYS = 7;

type Person = { id: string; name: string; email: string };
export type TransferDto = { id: string; from: Person; to: Person; expiresAt: Date; createdAt: Date };

const personSelect = { select: { user: { select: { id: true, name: true, email: true } } } } as const;
const transferSelect = { id: true, expiresAt: true, createdAt: true, from: personSelect, to: personSelect } as const;

function toDto(row: { id: string; expiresAt: Date; createdAt: Date; from: { user: Person }; to: { user: Person } }): TransferDto {
  return { id: row.id, from: row.from.user, to: row.to.user, expiresAt: row.expiresAt, createdAt: row.createdAt };
}

/** The organization's waiting nomination, or null (also once it has expired). Any member may see it. */
export async function pendingTransfer(ctx: OrgContext): Promise<TransferDto | null> {
  const row = await withTenant(ctx, (tx) =>
    tx.ownershipTransfer.findFirst({ where: { organizationId: ctx.organization.id, expiresAt: { gt: new Date() } }, select: transferSelect }),
  );
  return row ? toDto(row) : null;
}

/**
 * An owner nominates another member as owner. Nothing changes until the nominee accepts. A new nomination replaces
 * the waiting one. Only owners by base role: no custom role can hand out the organization.
 */
export async function requestTransfer(ctx: OrgContext, userId: string, meta: RequestMeta): Promise<Result<{ transfer: TransferDto }>> {
  if (ctx.role !== "OWNER") return fail("FORBIDDEN", "Only an owner can transfer ownership.");
  if (!isId(userId)) return nomineeNotFound();
  if (userId === ctx.user.id) return fail("VALIDATION_FAILED", "Choose another member: you are already an owner.", { userId: "Choose another member." });
  const organizationId = ctx.organization.id;

  return withTenant(ctx, async (tx) => {
    const memberships = await tx.membership.findMany({ where: { organizationId, userId: { in: [ctx.user.id, userId] } }, select: { id: true, userId: true, role: true } });
    const from = memberships.find((m) => m.userId === ctx.user.id);
    const to = memberships.find((m) => m.userId === userId);
    if (!to) return nomineeNotFound();
    if (from?.role !== "OWNER") return fail("FORBIDDEN", "Only an owner can transfer ownership.");
    if (to.role === "OWNER") return fail("VALIDATION_FAILED", "That member is already an owner.", { userId: "Already an owner." });

    const replaced = await tx.ownershipTransfer.findFirst({ where: { organizationId }, select: { id: true, to: personSelect } });
    if (replaced) {
      await tx.ownershipTransfer.delete({ where: { id: replaced.id } });
      await audit(tx, ctx, "ownership.transfer_cancelled", replaced.id, meta, { toUserId: replaced.to.user.id, reason: "replaced" });
    }
    const transfer = await tx.ownershipTransfer.create({
      data: { organizationId, fromMembershipId: from.id, toMembershipId: to.id, expiresAt: new Date(Date.now() + TRANSFER_EXPIRY_DAYS * 86_400_000) },
      select: transferSelect,
    });
    await audit(tx, ctx, "ownership.transfer_requested", transfer.id, meta, { fromUserId: ctx.user.id, toUserId: userId });
    return { ok: true as const, transfer: toDto(transfer) };
  });
}

/** An owner withdraws the nomination, or the nominee declines it. */
export async function cancelTransfer(ctx: OrgContext, meta: RequestMeta): Promise<Result<object>> {
  const organizationId = ctx.organization.id;
  return withTenant(ctx, async (tx) => {
    const transfer = await tx.ownershipTransfer.findFirst({ where: { organizationId }, select: { id: true, to: personSelect } });
    if (!transfer) return notPending();
    const declining = transfer.to.user.id === ctx.user.id;
    if (!declining && ctx.role !== "OWNER") return fail("FORBIDDEN", "Only an owner or the nominee can cancel the transfer.");
    await tx.ownershipTransfer.delete({ where: { id: transfer.id } });
    await audit(tx, ctx, declining ? "ownership.transfer_declined" : "ownership.transfer_cancelled", transfer.id, meta, { toUserId: transfer.to.user.id });
    return { ok: true as const };
  });
}

/**
 * The nominee accepts: in one transaction they become OWNER and the nominating owner ADMIN; other owners keep their
 * role. The owners and both memberships are locked first, so a concurrent demotion, removal or second acceptance
 * either happens before (and this refuses) or after (and sees the swap) — never half of it.
 */
export async function acceptTransfer(ctx: OrgContext, meta: RequestMeta): Promise<Result<object>> {
  const organizationId = ctx.organization.id;
  return withTenant(ctx, async (tx) => {
    await lockOwners(tx, organizationId);
    const transfer = await tx.ownershipTransfer.findFirst({
      where: { organizationId },
      select: { id: true, expiresAt: true, fromMembershipId: true, toMembershipId: true, from: { select: { role: true, userId: true } }, to: { select: { userId: true } } },
    });
    if (!transfer || transfer.to.userId !== ctx.user.id) return fail("NOT_FOUND", "There is no ownership transfer waiting for you here.");
    if (transfer.expiresAt <= new Date() || transfer.from.role !== "OWNER") {
      await tx.ownershipTransfer.delete({ where: { id: transfer.id } });
      return notPending();
    }
    await tx.membership.update({ where: { id: transfer.toMembershipId, organizationId }, data: { role: "OWNER" } });
    await tx.membership.update({ where: { id: transfer.fromMembershipId, organizationId }, data: { role: "ADMIN" } });
    await tx.ownershipTransfer.delete({ where: { id: transfer.id } });
    await audit(tx, ctx, "ownership.transferred", transfer.id, meta, { fromUserId: transfer.from.userId, toUserId: ctx.user.id });
    return { ok: true as const };
  });
}

function audit(tx: Tx, ctx: OrgContext, action: "ownership.transfer_requested" | "ownership.transfer_cancelled" | "ownership.transfer_declined" | "ownership.transferred", id: string, meta: RequestMeta, metadata: Record<string, string>) {
  return recordAudit(tx, { organizationId: ctx.organization.id, actorId: ctx.user.id, action, targetType: "ownership_transfer", targetId: id, metadata, meta });
}

function nomineeNotFound() {
  return fail("NOT_FOUND", "Member not found in this organization.");
}

function notPending() {
  return fail("TRANSFER_NOT_PENDING", "This ownership transfer is no longer waiting: it expired, was cancelled, or the nominating owner's role changed. Ask an owner to nominate you again.");
}
