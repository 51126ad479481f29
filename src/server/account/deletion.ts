import "server-only";
import { recordAudit } from "@/server/audit/record";
import type { SessionContext } from "@/server/auth/context";
import { db, Prisma, type Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { lockOwners } from "@/server/members/owners";
import { storage } from "@/server/storage";
import { checkCurrentPassword } from "./password-check";

type MembershipRow = {
  organizationId: string;
  name: string;
  role: string;
  deleted: boolean;
  logoKey: string | null;
  others: number;
  owners: number;
};

/**
 * Deletes the account, in one transaction:
 * - refused while the user is the last owner of an organization that has other members (someone must own it);
 * - organizations where the user is alone (or a deleted one only they could restore) are deleted with all their data;
 * - every other organization keeps its data and records that the member left;
 * - the user row goes, and with it their sessions, memberships and links (projects they created stay, unattributed).
 */
export async function deleteAccount(
  ctx: SessionContext,
  password: string,
  meta: RequestMeta,
): Promise<Result<{ deletedOrganizations: number }>> {
  const wrong = await checkCurrentPassword(ctx.user.id, password, "password");
  if (wrong) return wrong;

  const outcome = await db.$transaction(async (tx) => {
    const memberships = await lockMemberships(tx, ctx.user.id);
    const doomed: MembershipRow[] = [];
    const blocking: MembershipRow[] = [];
    for (const membership of memberships) {
      const owners = membership.role === "OWNER" ? await lockOwners(tx, membership.organizationId) : [];
      const lastOwner = membership.role === "OWNER" && owners.length === 1;
      if (membership.others === 0 || (membership.deleted && lastOwner)) doomed.push(membership);
      else if (lastOwner) blocking.push(membership);
    }
    if (blocking.length > 0) return { ok: false as const, blocking };

    for (const membership of memberships) {
      if (doomed.includes(membership)) {
        // The one case the audit log's append-only trigger lets rows go: the organization's own purge.
        await tx.$queryRaw`SELECT set_config('orgstack.purging_org', ${membership.organizationId}, true)`;
        await tx.organization.delete({ where: { id: membership.organizationId } });
      } else if (!membership.deleted) {
        await recordAudit(tx, {
          organizationId: membership.organizationId,
          actorId: ctx.user.id,
          action: "member.left",
          targetType: "user",
          targetId: ctx.user.id,
          // The actor is cleared with the account: the event keeps who it was.
          metadata: { reason: "account_deleted", name: ctx.user.name, email: ctx.user.email },
          meta,
        });
      }
    }
    // What they made stands for a power that goes with the account (revoke-unbacked.ts); the rows then lose their author.
    const now = new Date();
    await tx.invitation.updateMany({
      where: { invitedById: ctx.user.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now, pendingEmail: null },
    });
    await tx.inviteLink.updateMany({ where: { createdById: ctx.user.id, revokedAt: null }, data: { revokedAt: now } });
    await tx.user.delete({ where: { id: ctx.user.id } });
    return { ok: true as const, doomed };
  });

  if (!outcome.ok) {
    const names = outcome.blocking.map((membership) => membership.name).join(", ");
    return fail(
      "LAST_OWNER",
      `You are the last owner of ${names}, which ${outcome.blocking.length === 1 ? "has" : "have"} other members. ` +
        "Make another member an owner (Settings → Transfer ownership, or Members → change their role), or delete the organization, then try again.",
    );
  }
  // Files last: a rolled-back deletion must still have its logos.
  for (const membership of outcome.doomed) if (membership.logoKey) await storage().delete(membership.logoKey);
  return { ok: true, deletedOrganizations: outcome.doomed.length };
}

/** What deleting the account would do now, for the account page's danger zone (nothing is locked or changed). */
export async function accountDeletionPreview(userId: string): Promise<{ deletes: string[]; blocks: string[] }> {
  const memberships = await membershipsOf(db, userId, false);
  return {
    deletes: memberships.filter((m) => !m.deleted && m.others === 0).map((m) => m.name),
    blocks: memberships.filter((m) => !m.deleted && m.others > 0 && m.role === "OWNER" && m.owners === 1).map((m) => m.name),
  };
}

/** The user's memberships with how many other members each organization has, locked (in id order: no deadlocks). */
function lockMemberships(tx: Tx, userId: string): Promise<MembershipRow[]> {
  return membershipsOf(tx, userId, true);
}

function membershipsOf(client: Tx | typeof db, userId: string, lock: boolean): Promise<MembershipRow[]> {
  return client.$queryRaw<MembershipRow[]>`
    SELECT m."organizationId", o.name, m.role::text AS role, o."deletedAt" IS NOT NULL AS deleted, o."logoKey",
           (SELECT count(*)::int FROM "Membership" other WHERE other."organizationId" = m."organizationId" AND other."userId" <> m."userId") AS others,
           (SELECT count(*)::int FROM "Membership" owner WHERE owner."organizationId" = m."organizationId" AND owner.role = 'OWNER') AS owners
    FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId"
    WHERE m."userId" = ${userId}
    ORDER BY m."organizationId"
    ${lock ? Prisma.sql`FOR UPDATE OF m` : Prisma.empty}`;
}
