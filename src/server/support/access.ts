import "server-only";
import type { StartSupportInput } from "@/lib/validation/support";
import { recordAudit } from "@/server/audit/record";
import type { SuperadminContext } from "@/server/auth/context";
import { meetsTwoFactorPolicy } from "@/server/auth/step-up";
import { verifySessionToken } from "@/server/auth/token";
import { sessionKeys } from "@/env";
import { db, type Tx } from "@/server/db";
import { isId } from "@/server/ids";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";

/** The longest a support view lasts: it ends by itself then, whatever the superadmin does. */
export const SUPPORT_MAX_MINUTES = 60;

/**
 * A superadmin starts viewing an organization as one of its members: read-only (the wrappers refuse every write, and
 * withTenant too), for at most an hour, with a reason — written to the organization's audit log now and when it
 * ends. Refused when the organization's owners turned support access off, and to a superadmin whose own session has
 * not proved a second factor: this is the most powerful session the application has.
 */
export async function startSupportAccess(
  admin: SuperadminContext,
  organizationId: string,
  input: StartSupportInput,
  meta: RequestMeta,
): Promise<Result<{ expiresAt: Date }>> {
  if (!isId(organizationId) || !isId(input.asUserId)) return fail("NOT_FOUND", "That member was not found in this organization.");
  if (!meetsTwoFactorPolicy(admin))
    return fail(
      "MFA_REQUIRED",
      "Support access needs two-factor authentication on your own account, used in this session. Set it up (or confirm it) first.",
    );
  const organization = await db.organization.findFirst({
    where: { id: organizationId, deletedAt: null },
    select: { supportAccessAllowed: true, name: true },
  });
  if (!organization) return fail("NOT_FOUND", "That organization was not found.");
  if (!organization.supportAccessAllowed) return fail("FORBIDDEN", `${organization.name}'s owners have turned support access off.`);
  const member = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId, userId: input.asUserId } },
    select: { role: true, user: { select: { email: true } } },
  });
  if (!member) return fail("NOT_FOUND", "That member was not found in this organization.");
  const expiresAt = new Date(Date.now() + Math.min(input.minutes, SUPPORT_MAX_MINUTES) * 60_000);
  await db.$transaction(async (tx) => {
    await endSupportInSession(tx, admin.session.id, "replaced");
    const access = await tx.supportAccess.create({
      data: { organizationId, adminId: admin.user.id, asUserId: input.asUserId, reason: input.reason, expiresAt },
      select: { id: true },
    });
    await tx.session.update({ where: { id: admin.session.id }, data: { supportAccessId: access.id } });
    await recordAudit(tx, {
      organizationId,
      actorId: admin.user.id,
      action: "support.started",
      targetType: "support_access",
      targetId: access.id,
      metadata: {
        asUser: member.user.email,
        role: member.role,
        reason: input.reason,
        expiresAt: expiresAt.toISOString(),
        admin: admin.user.email,
      },
      meta,
    });
  });
  return { ok: true, expiresAt };
}

/**
 * Ends the support view of the session `token` names (the banner's button), or does nothing without one. The
 * session is the superadmin's own again on the next request.
 */
export async function endSupportAccess(token: string | undefined, meta: RequestMeta | undefined): Promise<void> {
  const claims = await verifySessionToken(token, sessionKeys());
  if (!claims) return;
  await db.$transaction((tx) => endSupportInSession(tx, claims.sid, "ended", meta, claims.sub));
}

/**
 * Closes the session's support view, if it has one, and writes its end to the organization's audit log once (the
 * guarded UPDATE: of two requests ending it, one writes). Called as it is ended, replaced, or found expired.
 */
export async function endSupportInSession(
  tx: Tx,
  sessionId: string,
  how: "ended" | "expired" | "replaced" | "disallowed",
  meta?: RequestMeta,
  userId?: string,
): Promise<void> {
  const session = await tx.session.findFirst({
    where: { id: sessionId, ...(userId ? { userId } : {}) },
    select: { supportAccessId: true },
  });
  if (!session?.supportAccessId) return;
  await tx.session.update({ where: { id: sessionId }, data: { supportAccessId: null } });
  const [closed] = await tx.$queryRaw<{ id: string; organizationId: string; adminId: string; startedAt: Date; timeLeft: boolean }[]>`
    UPDATE "SupportAccess" SET "endedAt" = LEAST(now(), "expiresAt") WHERE id = ${session.supportAccessId} AND "endedAt" IS NULL
    RETURNING id, "organizationId", "adminId", "startedAt", "expiresAt" > now() AS "timeLeft"`;
  if (!closed) return;
  // Found over with time left: the owners turned support access off (or the admin is no superadmin any more).
  if (how === "expired" && closed.timeLeft) how = "disallowed";
  await recordAudit(tx, {
    organizationId: closed.organizationId,
    actorId: closed.adminId,
    action: "support.ended",
    targetType: "support_access",
    targetId: closed.id,
    metadata: { how, startedAt: closed.startedAt.toISOString() },
    ...(meta ? { meta } : {}),
  });
}
