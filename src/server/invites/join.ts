import "server-only";
import { recordAudit } from "@/server/audit/record";
import type { Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import type { Failure } from "@/server/http/result";
import { inviteLinkStatus } from "@/server/invite-links/dto";
import { inviteStatus } from "./dto";
import { closedInvite, type InviteState, type InviteView } from "./lookup";

/** Thrown inside a transaction to roll it back with an expected failure; `joinTransaction` turns it into a value. */
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
