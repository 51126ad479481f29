import "server-only";
import type { SessionContext } from "@/server/auth/context";
import { hashPassword } from "@/server/auth/password";
import { db } from "@/server/db";
import { fail, type Result } from "@/server/results/result";
import { checkRateLimits } from "@/server/rate-limit/consume";
import { publicUserSelect, type PublicUser } from "@/server/users/dto";
import { forgotPasswordUrl, sendAccountEmail, sendAccountEmailAfterResponse, verifyEmailUrl } from "./emails";
import { checkCurrentPassword } from "./password-check";
import { issueAccountToken, revokeOutstandingAccountTokens } from "./tokens";

export async function updateName(ctx: SessionContext, name: string): Promise<Result<{ user: PublicUser }>> {
  const user = await db.user.update({ where: { id: ctx.user.id }, data: { name }, select: publicUserSelect });
  return { ok: true, user };
}

/**
 * Starts an email change: the new address gets a link, and only opening it replaces the account's address
 * (verification.ts). Until then sign-in, invitations and resets keep using the current one.
 */
export async function requestEmailChange(
  ctx: SessionContext,
  input: { email: string; password: string },
): Promise<Result<{ pendingEmail: string; sent: boolean }>> {
  const wrong = await checkCurrentPassword(ctx.user.id, input.password, "password");
  if (wrong) return wrong;
  if (input.email === ctx.user.email) {
    return fail("VALIDATION_FAILED", "That is your current address.", { email: "That is your current address." });
  }
  const limited = await checkRateLimits([{ rule: "emailChangePerUser", key: ctx.user.id }], "You have started several email changes.");
  if (limited) return limited;
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    const message = "Another account uses that email address.";
    return fail("EMAIL_TAKEN", message, { email: message });
  }
  const { token } = await issueAccountToken(db, { userId: ctx.user.id, purpose: "CHANGE_EMAIL", email: input.email });
  const { sent } = await sendAccountEmail({
    kind: "change-email",
    to: input.email,
    name: ctx.user.name,
    newEmail: input.email,
    actionUrl: verifyEmailUrl(token),
  });
  return { ok: true, pendingEmail: input.email, sent };
}

/** The address waiting for confirmation, if an email change is under way. */
export async function pendingEmailChange(userId: string): Promise<{ email: string; expiresAt: Date } | null> {
  return db.accountToken.findFirst({
    where: { userId, purpose: "CHANGE_EMAIL", usedAt: null, expiresAt: { gt: new Date() } },
    select: { email: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
  });
}

/** Cancels an email change under way: its link stops working. */
export async function cancelEmailChange(ctx: SessionContext): Promise<void> {
  await db.accountToken.deleteMany({ where: { userId: ctx.user.id, purpose: "CHANGE_EMAIL", usedAt: null } });
}

/**
 * Changes the password (the current one is asked again) and signs out every other session: a thief holding one is
 * out, this device stays signed in. Every unused emailed link dies too (a pending email change above all).
 */
export async function changePassword(
  ctx: SessionContext,
  input: { currentPassword: string; newPassword: string },
): Promise<Result<{ revokedSessions: number }>> {
  const wrong = await checkCurrentPassword(ctx.user.id, input.currentPassword, "currentPassword");
  if (wrong) return wrong;
  const passwordHash = await hashPassword(input.newPassword);
  const revoked = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: ctx.user.id }, data: { passwordHash } });
    await revokeOutstandingAccountTokens(tx, ctx.user.id);
    return tx.session.updateMany({
      where: { userId: ctx.user.id, revokedAt: null, id: { not: ctx.session.id } },
      data: { revokedAt: new Date() },
    });
  });
  sendAccountEmailAfterResponse({ kind: "password-changed", to: ctx.user.email, name: ctx.user.name, actionUrl: forgotPasswordUrl() });
  return { ok: true, revokedSessions: revoked.count };
}
