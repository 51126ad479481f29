import "server-only";
import type { MemberContext } from "@/server/auth/context";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { lockOwners } from "@/server/members/owners";
import { withTenant } from "@/server/tenant/scope";
import { auditTransfer } from "./audit";
import { lockMemberships, lockTransfer } from "./locks";

/**
 * The nominee accepts: in one transaction they become OWNER and the nominating owner ADMIN; other owners keep their
 * role. The owners, the nomination and both memberships are locked first, so a concurrent demotion, removal,
 * cancellation or second acceptance either happens before (and this refuses) or after (and sees the swap) — never
 * in between. A refusal writes nothing.
 */
export async function acceptTransfer(
  ctx: MemberContext,
  meta: RequestMeta,
): Promise<Result<{ organization: MemberContext["organization"]; role: "OWNER" }>> {
  const organizationId = ctx.organization.id;
  return withTenant(ctx, async (tx) => {
    // Only the nominee learns more than "nothing for you here".
    const seen = await tx.ownershipTransfer.findFirst({
      where: { organizationId },
      select: { id: true, to: { select: { userId: true } } },
    });
    if (!seen || seen.to.userId !== ctx.user.id)
      return fail("NOT_FOUND", "There is no ownership transfer waiting for you in this organization.");

    await lockOwners(tx, organizationId);
    const transfer = await lockTransfer(tx, organizationId);
    if (!transfer || transfer.id !== seen.id) return notPending();
    const memberships = await lockMemberships(tx, organizationId, [transfer.fromMembershipId, transfer.toMembershipId]);
    const from = memberships.get(transfer.fromMembershipId);
    const to = memberships.get(transfer.toMembershipId);
    if (!from || to?.userId !== ctx.user.id || transfer.expiresAt <= new Date() || from.role !== "OWNER") return notPending();

    await tx.membership.update({ where: { id: transfer.toMembershipId, organizationId }, data: { role: "OWNER" }, select: { id: true } });
    await tx.membership.update({ where: { id: transfer.fromMembershipId, organizationId }, data: { role: "ADMIN" }, select: { id: true } });
    await tx.ownershipTransfer.delete({ where: { id: transfer.id, organizationId }, select: { id: true } });
    await auditTransfer(
      tx,
      ctx,
      "ownership.transferred",
      transfer.id,
      { fromUserId: from.userId, toUserId: to.userId, toPreviousRole: to.role },
      meta,
    );
    return { ok: true as const, organization: ctx.organization, role: "OWNER" as const };
  });
}

function notPending() {
  return fail(
    "TRANSFER_NOT_PENDING",
    "This ownership transfer is no longer waiting: it expired, was cancelled, or the owner who asked is no longer an owner. Ask an owner to nominate you again.",
  );
}
