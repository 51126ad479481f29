import "server-only";
import { recordAudit } from "@/server/audit/record";
import type { Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Failure } from "@/server/results/result";
import { loadEntitlements } from "@/server/billing/load";
import { lockBilling } from "@/server/billing/lock";
import { countSeats, takesSeat } from "@/server/billing/usage";
import { inviteLinkStatus } from "@/server/invite-links/dto";
import { inviteStatus } from "./dto";
import { closedInvite, type InviteState, type InviteView } from "./lookup";

/**
 * Thrown inside a transaction to roll it back with an expected failure; the caller (acceptInvite, the invitation
 * signup) catches it and returns its failure.
 */
export class InviteRefused extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

/**
 * Uses the invitation for `user` and makes them a member, inside the caller's transaction. The use is one guarded
 * UPDATE (still open, not expired, uses left), so of any number of concurrent accepts exactly one succeeds; the
 * others find nothing to update and roll back whole. An accepted email invitation also verifies the address.
 */
export async function joinWithInvite(tx: Tx, view: InviteView, user: { id: string; email: string }, meta: RequestMeta): Promise<void> {
  const used =
    view.kind === "email"
      ? await tx.$executeRaw`
          UPDATE "Invitation" SET "acceptedAt" = now(), "acceptedById" = ${user.id}, "pendingEmail" = NULL, "updatedAt" = now()
          WHERE id = ${view.id} AND "acceptedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > now()`
      : await tx.$executeRaw`
          UPDATE "InviteLink" SET "useCount" = "useCount" + 1, "updatedAt" = now()
          WHERE id = ${view.id} AND "revokedAt" IS NULL AND "expiresAt" > now() AND "useCount" < "maxUses"`;
  if (used !== 1) throw new InviteRefused(await whyClosed(tx, view));
  await refuseBeyondSeats(tx, view);

  await tx.membership.create({ data: { organizationId: view.organization.id, userId: user.id, role: view.role }, select: { id: true } });
  if (view.kind === "email") {
    await tx.user.updateMany({ where: { id: user.id, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
  }
  await recordAudit(tx, {
    organizationId: view.organization.id,
    actorId: user.id,
    action: view.kind === "email" ? "invite.accepted" : "invite_link.used",
    targetType: view.kind === "email" ? "invitation" : "invite_link",
    targetId: view.id,
    metadata: { email: user.email, role: view.role },
    meta,
  });
}

/**
 * A join may not take the organization past its plan's seats: counted behind the billing lock, so of concurrent
 * accepts for the last seat exactly one gets it and the others roll back whole (their invitation stays usable).
 */
async function refuseBeyondSeats(tx: Tx, view: InviteView): Promise<void> {
  const full = await noFreeSeat(tx, view.organization, view.role);
  if (full) throw new InviteRefused(full);
}

/**
 * Whether joining `organization` with `role` would take it past its plan's seats, behind the billing lock (held to
 * the end of the transaction): every way of joining asks this just before it creates the membership.
 */
export async function noFreeSeat(tx: Tx, organization: { id: string; name: string }, role: InviteView["role"]): Promise<Failure | null> {
  if (!takesSeat(role)) return null;
  await lockBilling(tx, organization.id);
  const [entitlements, seats] = await Promise.all([loadEntitlements(tx, organization.id), countSeats(tx, organization.id)]);
  const limit = entitlements.limits.seats;
  if (limit === null || seats < limit) return null;
  return fail(
    "PLAN_LIMIT_REACHED",
    `${organization.name} has no free seat: its plan includes ${limit} seats. Ask one of its admins to upgrade the plan or free a seat, then try again.`,
  );
}

/** Another request changed the invitation since it was read: say what it is now (used, most often). */
async function whyClosed(tx: Tx, view: InviteView): Promise<Failure> {
  let state: InviteState = "used";
  if (view.kind === "email") {
    const row = await tx.invitation.findUnique({ where: { id: view.id }, select: { acceptedAt: true, revokedAt: true, expiresAt: true } });
    const status = row ? inviteStatus(row) : "revoked";
    state = status === "accepted" || status === "pending" ? "used" : status;
  } else {
    const row = await tx.inviteLink.findUnique({
      where: { id: view.id },
      select: { revokedAt: true, expiresAt: true, useCount: true, maxUses: true },
    });
    const status = row ? inviteLinkStatus(row) : "revoked";
    state = status === "used_up" || status === "active" ? "used" : status;
  }
  return closedInvite({ ...view, state })!;
}
