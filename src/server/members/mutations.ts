import "server-only";
import { limitReached } from "@/server/billing/entitlements";
import { lockBilling } from "@/server/billing/lock";
import { queueSeatSync } from "@/server/billing/seats";
import { countSeats, takesSeat } from "@/server/billing/usage";
import { canGrantRole, ROLE_LABELS } from "@/lib/permissions";
import { audit } from "@/server/audit/record";
import type { OrgContext } from "@/server/auth/context";
import { relocateSessions } from "@/server/auth/sessions";
import type { Role, Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { isId } from "@/server/ids";
import { revokeInvitesWithoutBacking } from "@/server/invites/revoke-unbacked";
import { actingRole, requirePermission } from "@/server/permissions";
import { withTenant } from "@/server/tenant/scope";
import { currentRoles, lockOwners } from "./owners";
import { memberNotFound, memberSelect, toMemberDto, type MemberDto } from "./queries";

function lastOwner(leaving: boolean) {
  return fail(
    "LAST_OWNER",
    leaving
      ? "You are the last owner. Make another member an owner (or transfer ownership) before you leave, or delete the organization."
      : "This is the organization's last owner. Make another member an owner first.",
  );
}

/**
 * The owners, locked (so two demotions cannot both leave none), and the actor's and the target's roles as they are
 * now, inside the transaction that acts on them.
 */
async function lockParties(tx: Tx, ctx: OrgContext, userId: string) {
  const owners = await lockOwners(tx, ctx.organization.id);
  const roles = await currentRoles(tx, ctx.organization.id, ctx.user ? [ctx.user.id, userId] : [userId]);
  // A key has no membership to re-read: it ranks as an admin (actingRole).
  const actor = ctx.user ? roles.get(ctx.user.id) : { role: actingRole(ctx) };
  const target = roles.get(userId);
  if (!target) return memberNotFound();
  if (!actor) return actorChanged();
  return { ok: true as const, owners, actor, target };
}

function actorChanged() {
  return fail("FORBIDDEN", "Your own role in this organization has just changed. Reload the page.");
}

/**
 * Gives a member another base role. Nobody handles a member above their own role or grants a role above it (admins
 * never touch owners nor make one); the last owner keeps the role. Setting the role a member already has changes
 * nothing and records nothing.
 */
export async function changeMemberRole(
  ctx: OrgContext,
  userId: string,
  role: Role,
  meta: RequestMeta,
): Promise<Result<{ member: MemberDto }>> {
  const allowed = requirePermission(ctx, "members.role.update");
  if (!allowed.ok) return allowed;
  if (!isId(userId)) return memberNotFound();
  const organizationId = ctx.organization.id;

  const changed = await withTenant(ctx, async (tx) => {
    const parties = await lockParties(tx, ctx, userId);
    if (!parties.ok) return parties;
    const { owners, actor, target } = parties;
    if (!canGrantRole(actor.role, target.role)) return fail("FORBIDDEN", `Only owners can change an owner's role.`);
    if (!canGrantRole(actor.role, role)) {
      return fail("FORBIDDEN", `You can give roles up to your own (${ROLE_LABELS[actor.role]}), not ${ROLE_LABELS[role]}.`);
    }
    if (target.role === "OWNER" && role !== "OWNER" && owners.length <= 1) return lastOwner(false);
    // A guest made a member starts taking a seat.
    const limit = ctx.entitlements.limits.seats;
    if (limit !== null && !takesSeat(target.role) && takesSeat(role)) {
      await lockBilling(tx, organizationId);
      if ((await countSeats(tx, organizationId)) >= limit) return limitReached(ctx, "seats");
    }

    if (target.role !== role) {
      await tx.membership.update({ where: { id: target.id, organizationId }, data: { role }, select: { id: true } });
      await audit(tx, ctx, meta, {
        action: "member.role_changed",
        targetType: "user",
        targetId: userId,
        metadata: { from: target.role, to: role },
      });
      await revokeInvitesWithoutBacking(tx, ctx, meta);
      if (takesSeat(target.role) !== takesSeat(role)) await queueSeatSync(tx, organizationId);
    }
    const member = await tx.membership.findUniqueOrThrow({ where: { id: target.id }, select: memberSelect });
    return { ok: true as const, member: toMemberDto(member) };
  });
  return changed;
}

/**
 * Removes a member, or — for one's own id — leaves. Leaving needs no permission; removing someone needs
 * members.remove and a role at least theirs. The last owner can do neither. The person's sessions move to another
 * of their organizations at once, so the cookie they hold stops reaching this one on its very next request.
 */
export async function removeMember(ctx: OrgContext, userId: string, meta: RequestMeta): Promise<Result<{ left: boolean }>> {
  const leaving = userId === ctx.user?.id;
  if (!leaving) {
    const allowed = requirePermission(ctx, "members.remove");
    if (!allowed.ok) return allowed;
  }
  if (!isId(userId)) return memberNotFound();
  const organizationId = ctx.organization.id;

  const removal = await withTenant(ctx, async (tx) => {
    const parties = await lockParties(tx, ctx, userId);
    if (!parties.ok) return parties;
    const { owners, actor, target } = parties;
    if (!leaving && !canGrantRole(actor.role, target.role)) return fail("FORBIDDEN", "Only owners can remove an owner.");
    if (target.role === "OWNER" && owners.length <= 1) return lastOwner(leaving);

    const removed = await tx.membership.delete({
      where: { id: target.id, organizationId },
      select: { role: true, user: { select: { name: true, email: true } } },
    });
    await relocateSessions(tx);
    await audit(tx, ctx, meta, {
      action: leaving ? "member.left" : "member.removed",
      targetType: "user",
      targetId: userId,
      metadata: { role: removed.role, name: removed.user.name, email: removed.user.email },
    });
    await revokeInvitesWithoutBacking(tx, ctx, meta);
    if (takesSeat(removed.role)) await queueSeatSync(tx, organizationId);
    return { ok: true as const, left: leaving };
  });
  return removal;
}
