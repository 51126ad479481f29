import "server-only";
import type { MemberContext } from "@/server/auth/context";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { isId } from "@/server/ids";
import { lockOwners } from "@/server/members/owners";
import { withTenant } from "@/server/tenant/scope";
import { auditTransfer } from "./audit";
import { lockTransfer } from "./locks";
import { toTransferDto, transferSelect, type TransferDto } from "./queries";

/** How long a nomination waits for the nominee. */
export const TRANSFER_EXPIRY_DAYS = 7;

/** Whom an owner nominates: by user id (the API, the member list) or by email (a large organization's form). */
export type Nominee = { userId: string } | { email: string };

/**
 * An owner nominates another member as owner. Nothing changes until the nominee accepts. A new nomination replaces
 * the waiting one (recorded as cancelled). Only owners by base role: no custom role can hand out the organization.
 */
export async function requestTransfer(ctx: MemberContext, nominee: Nominee, meta: RequestMeta): Promise<Result<{ transfer: TransferDto }>> {
  const allowed = requireOwner(ctx);
  if (!allowed.ok) return allowed;
  if ("userId" in nominee) {
    if (!isId(nominee.userId)) return nomineeNotFound();
    if (nominee.userId === ctx.user.id) return yourself();
  }
  const organizationId = ctx.organization.id;

  return withTenant(ctx, async (tx) => {
    // Taken by every change of an owner's role too: two owners nominating at once take turns, and a demotion cannot
    // slip in between this check and the nomination.
    const owners = await lockOwners(tx, organizationId);
    if (!owners.includes(ctx.user.id)) return notAnOwner();
    const from = await tx.membership.findFirst({ where: { organizationId, userId: ctx.user.id }, select: { id: true } });
    const to = await tx.membership.findFirst({
      where: { organizationId, ...("userId" in nominee ? { userId: nominee.userId } : { user: { email: nominee.email } }) },
      select: { id: true, userId: true, role: true, user: { select: { name: true } } },
    });
    if (!from) return notAnOwner();
    if (!to) return nomineeNotFound();
    if (to.userId === ctx.user.id) return yourself();
    if (to.role === "OWNER")
      return fail("VALIDATION_FAILED", `${to.user.name} is already an owner.`, { userId: "Already an owner: choose another member." });

    const replaced = await lockTransfer(tx, organizationId);
    if (replaced) {
      const gone = await tx.ownershipTransfer.delete({
        where: { id: replaced.id, organizationId },
        select: { from: { select: { userId: true } }, to: { select: { userId: true } } },
      });
      await auditTransfer(
        tx,
        ctx,
        "ownership.transfer_cancelled",
        replaced.id,
        { fromUserId: gone.from.userId, toUserId: gone.to.userId, reason: "replaced" },
        meta,
      );
    }
    const transfer = await tx.ownershipTransfer.create({
      data: {
        organizationId,
        fromMembershipId: from.id,
        toMembershipId: to.id,
        expiresAt: new Date(Date.now() + TRANSFER_EXPIRY_DAYS * 86_400_000),
      },
      select: transferSelect,
    });
    await auditTransfer(tx, ctx, "ownership.transfer_requested", transfer.id, { fromUserId: ctx.user.id, toUserId: to.userId }, meta);
    return { ok: true as const, transfer: toTransferDto(transfer) };
  });
}

/** An owner withdraws the organization's nomination. */
export function cancelTransfer(ctx: MemberContext, meta: RequestMeta) {
  return closeTransfer(ctx, meta, "owner");
}

/** The nominee turns the nomination down. */
export function declineTransfer(ctx: MemberContext, meta: RequestMeta) {
  return closeTransfer(ctx, meta, "nominee");
}

/**
 * Ends the nomination, whoever may: the nominee declines it, an owner cancels it. Also ends a nomination that can no
 * longer be accepted (expired, its owner demoted), so a client that still shows one can clear it.
 */
export async function closeTransfer(
  ctx: MemberContext,
  meta: RequestMeta,
  as: "owner" | "nominee" | "either" = "either",
): Promise<Result<{ outcome: "cancelled" | "declined" }>> {
  const organizationId = ctx.organization.id;
  return withTenant(ctx, async (tx) => {
    // Same order as accepting (owners, then the nomination): the two take turns instead of deadlocking.
    const owners = await lockOwners(tx, organizationId);
    const transfer = await lockTransfer(tx, organizationId);
    if (!transfer) return fail("NOT_FOUND", "No ownership transfer is waiting in this organization.");
    // Locked, so it and both memberships (whose removal would delete it) are still there.
    const people = await tx.ownershipTransfer.findUniqueOrThrow({
      where: { id: transfer.id },
      select: { from: { select: { userId: true } }, to: { select: { userId: true } } },
    });
    const fromUserId = people.from.userId;
    const toUserId = people.to.userId;

    let outcome: "cancelled" | "declined";
    if (toUserId === ctx.user.id && as !== "owner") outcome = "declined";
    else if (owners.includes(ctx.user.id) && as !== "nominee") outcome = "cancelled";
    else if (as === "nominee") return fail("FORBIDDEN", "Only the member asked to become owner can decline the transfer.");
    else return fail("FORBIDDEN", "Only an owner, or the member asked to become owner, can cancel the transfer.");

    await tx.ownershipTransfer.delete({ where: { id: transfer.id, organizationId }, select: { id: true } });
    await auditTransfer(
      tx,
      ctx,
      outcome === "declined" ? "ownership.transfer_declined" : "ownership.transfer_cancelled",
      transfer.id,
      { fromUserId, toUserId },
      meta,
    );
    return { ok: true as const, outcome };
  });
}

/** Nominating is for owners by base role: checked before reading a body, and again under lock. */
export function requireOwner(ctx: MemberContext): Result<object> {
  return ctx.role === "OWNER" ? { ok: true } : notAnOwner();
}

function notAnOwner() {
  return fail("FORBIDDEN", "Only an owner can transfer ownership.");
}

function nomineeNotFound() {
  return fail("NOT_FOUND", "Member not found in this organization.");
}

function yourself() {
  return fail("VALIDATION_FAILED", "You are already an owner: choose another member.", { userId: "Choose another member." });
}
