import "server-only";
import { env } from "@/env";
import { canGrantRole, ROLE_LABELS } from "@/lib/permissions";
import type { CreateInviteInput } from "@/lib/validation/invites";
import { audit } from "@/server/audit/record";
import { limitReached } from "@/server/billing/entitlements";
import { lockBilling } from "@/server/billing/lock";
import { countPendingSeats, countSeats, takesSeat } from "@/server/billing/usage";
import { actingRole } from "@/server/permissions";
import type { OrgContext } from "@/server/auth/context";
import type { Role, Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Failure, type Result } from "@/server/results/result";
import { isId } from "@/server/ids";
import { isUniqueViolation } from "@/server/prisma-errors";
import { checkRateLimits } from "@/server/rate-limit/consume";
import { withTenant } from "@/server/tenant/scope";
import { prepareEmail, queueEmail } from "@/server/email/queue";
import { invitationEmail } from "./deliver";
import { inviteSelect, inviteStatus, toInviteDto, type InviteDto, type InviteRow } from "./dto";
import { newInviteToken } from "./token";

/** An invitation that was just written, its email queued with it (the token travels only in that email). */
export type SentInvite = { invite: InviteDto };

function expiresAt(): Date {
  return new Date(Date.now() + env.INVITE_EXPIRY_DAYS * 24 * 60 * 60 * 1000);
}

function roleBeyondActor(ctx: OrgContext, role: Role) {
  const actor = actingRole(ctx);
  if (canGrantRole(actor, role)) return null;
  return fail(
    "FORBIDDEN",
    role === "OWNER"
      ? "Only owners can invite owners."
      : `You cannot invite someone as ${ROLE_LABELS[role]}: that role is above yours (${ROLE_LABELS[actor]}).`,
  );
}

/** Every invitation email counts against the inviter's and the organization's hourly limits. */
function inviteRateLimit(ctx: OrgContext) {
  return checkRateLimits(
    [
      // Per person across all their organizations: creating organizations must not multiply what one can send.
      { rule: "invitesPerInviter", key: ctx.user?.id ?? ctx.apiKey?.id ?? null },
      { rule: "invitesPerOrganization", key: ctx.organization.id },
    ],
    "You have sent many invitations in a short time.",
  );
}

/**
 * Invites `email` into the active organization. A pending invitation to the same address is replaced (its token
 * stops working); an existing member is a 409. The email is queued with the invitation, in its transaction.
 */
export async function createInvite(ctx: OrgContext, input: CreateInviteInput, meta: RequestMeta): Promise<Result<SentInvite>> {
  const denied = roleBeyondActor(ctx, input.role);
  if (denied) return denied;
  const limited = await inviteRateLimit(ctx);
  if (limited) return limited;

  const { token, tokenHash } = newInviteToken();
  const organizationId = ctx.organization.id;
  const expires = expiresAt();
  const email = await prepareEmail(
    invitationEmail({
      invite: { email: input.email, role: input.role, expiresAt: expires },
      token,
      organization: ctx.organization,
      inviter: ctx.user,
    }),
  );
  const write = () =>
    withTenant(ctx, async (tx) => {
      // Under row-level security this join only sees users who are members of this organization: exactly the check.
      const member = await tx.membership.findFirst({ where: { organizationId, user: { email: input.email } }, select: { id: true } });
      if (member)
        return fail("ALREADY_MEMBER", `${input.email} is already a member of ${ctx.organization.name}.`, { email: "Already a member." });

      const replaced = await tx.invitation.updateMany({
        where: { organizationId, pendingEmail: input.email },
        data: { revokedAt: new Date(), pendingEmail: null },
      });
      const seatless = await refuseBeyondSeats(tx, ctx, input.role);
      if (seatless) return seatless;
      const invite = await tx.invitation.create({
        data: {
          organizationId,
          email: input.email,
          pendingEmail: input.email,
          role: input.role,
          tokenHash,
          invitedById: ctx.user?.id ?? null,
          expiresAt: expires,
        },
        select: inviteSelect,
      });
      await queueEmail(tx, email, { organizationId, invitationId: invite.id });
      await audit(tx, ctx, meta, {
        action: "invite.created",
        targetType: "invitation",
        targetId: invite.id,
        metadata: { email: input.email, role: input.role, replacedPending: replaced.count > 0 },
      });
      return { ok: true as const, invite };
    });

  let written;
  try {
    written = await write();
  } catch (error) {
    // Two admins inviting the same address at once: the unique pending index lets one win; the other replaces it.
    if (!isUniqueViolation(error, "pendingEmail")) throw error;
    written = await write();
  }
  if (!written.ok) return written;
  return queued(written.invite);
}

/**
 * Whether inviting one more billable person would promise more seats than the plan has: members and pending
 * invitations together, counted behind the billing lock so concurrent invitations cannot both take the last seat.
 */
async function refuseBeyondSeats(tx: Tx, ctx: OrgContext, role: Role): Promise<Failure | null> {
  const limit = ctx.entitlements.limits.seats;
  if (limit === null || !takesSeat(role)) return null;
  await lockBilling(tx, ctx.organization.id);
  const [members, pending] = await Promise.all([countSeats(tx, ctx.organization.id), countPendingSeats(tx, ctx.organization.id)]);
  return members + pending >= limit ? limitReached(ctx, "seats") : null;
}

/** A new token and a fresh expiry for a pending or expired invitation; the old link stops working. */
export async function resendInvite(ctx: OrgContext, id: string, meta: RequestMeta): Promise<Result<SentInvite>> {
  if (!isId(id)) return inviteNotFound();
  const found = await withTenant(ctx, (tx) => findInvite(tx, ctx, id));
  if (!found) return inviteNotFound();
  const refused = notOpen(found) ?? roleBeyondActor(ctx, found.role);
  if (refused) return refused;
  const limited = await inviteRateLimit(ctx);
  if (limited) return limited;

  const { token, tokenHash } = newInviteToken();
  const expires = expiresAt();
  const email = await prepareEmail(
    invitationEmail({ invite: { ...found, expiresAt: expires }, token, organization: ctx.organization, inviter: ctx.user }),
  );
  const updated = await withTenant(ctx, async (tx) => {
    // Only while still open: an accept or revoke that won the race is not undone.
    const { count } = await tx.invitation.updateMany({
      where: { id, organizationId: ctx.organization.id, acceptedAt: null, revokedAt: null },
      data: { tokenHash, expiresAt: expires, delivery: "SENDING" },
    });
    if (count === 0) return null;
    await queueEmail(tx, email, { organizationId: ctx.organization.id, invitationId: id });
    await audit(tx, ctx, meta, {
      action: "invite.resent",
      targetType: "invitation",
      targetId: id,
      metadata: { email: found.email, role: found.role },
    });
    return findInvite(tx, ctx, id);
  });
  if (!updated) return inviteNotFound();
  return queued(updated);
}

/** Withdraws an invitation: its link answers "revoked" from now on. Revoking twice is harmless. */
export async function revokeInvite(ctx: OrgContext, id: string, meta: RequestMeta): Promise<Result<object>> {
  if (!isId(id)) return inviteNotFound();
  return withTenant(ctx, async (tx) => {
    const found = await findInvite(tx, ctx, id);
    if (!found) return inviteNotFound();
    const denied = roleBeyondActor(ctx, found.role);
    if (denied) return denied;
    if (found.acceptedAt) return alreadyAccepted();
    if (found.revokedAt) return { ok: true as const };
    await tx.invitation.update({
      where: { id, organizationId: ctx.organization.id },
      data: { revokedAt: new Date(), pendingEmail: null },
    });
    await audit(tx, ctx, meta, {
      action: "invite.revoked",
      targetType: "invitation",
      targetId: id,
      metadata: { email: found.email, role: found.role },
    });
    return { ok: true as const };
  });
}

function queued(invite: InviteRow): Result<SentInvite> {
  return { ok: true, invite: toInviteDto(invite) };
}

function findInvite(tx: Tx, ctx: OrgContext, id: string) {
  return tx.invitation.findFirst({ where: { id, organizationId: ctx.organization.id }, select: inviteSelect });
}

function notOpen(invite: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }) {
  const status = inviteStatus(invite);
  if (status === "accepted") return alreadyAccepted();
  if (status === "revoked") return fail("INVITE_REVOKED", "This invitation was revoked. Invite the person again instead.");
  return null;
}

function alreadyAccepted() {
  return fail("INVITE_NOT_PENDING", "This invitation was already accepted: the person is a member now.");
}

export function inviteNotFound() {
  return fail("NOT_FOUND", "Invitation not found.");
}
