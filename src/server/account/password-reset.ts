import "server-only";
import { hashPassword } from "@/server/auth/password";
import { db } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Failure, type Result } from "@/server/results/result";
import { checkRateLimits } from "@/server/rate-limit/consume";
import { forgotPasswordUrl, resetPasswordUrl, sendAccountEmailAfterResponse } from "./emails";
import { consumeAccountToken, issueAccountToken, revokeOutstandingAccountTokens } from "./tokens";

/** The one answer to a well-formed request, whether or not an account has the address. */
export const PASSWORD_RESET_REQUESTED =
  "If an account uses that address, we have sent it a link to choose a new password. The link works for 1 hour.";

/**
 * "Forgot password": emails a reset link when an account has this address. The answer is the same either way (and
 * the email goes out after the response), so the form cannot be used to find out who has an account. Only the rate
 * limits answer differently, and they count unknown addresses too.
 */
export async function requestPasswordReset(email: string, meta: RequestMeta): Promise<Failure | null> {
  const limited = await checkRateLimits(
    [
      { rule: "passwordResetPerIp", key: meta.ip },
      { rule: "passwordResetPerEmail", key: email },
    ],
    "Several password resets were asked for in a short time.",
  );
  if (limited) return limited;

  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true } });
  if (!user) return null;
  const { token } = await issueAccountToken(db, { userId: user.id, purpose: "RESET_PASSWORD", email: user.email });
  sendAccountEmailAfterResponse({ kind: "reset-password", to: user.email, name: user.name, actionUrl: resetPasswordUrl(token) });
  return null;
}

/**
 * Sets a new password with a reset link, and signs the account out everywhere: whoever knew the old password (or held
 * a session) is locked out. The link proved the mailbox, so the address counts as verified too. One transaction.
 */
export async function resetPassword(input: { token: string; password: string }): Promise<Result<{ revokedSessions: number }>> {
  const passwordHash = await hashPassword(input.password);
  const result = await db.$transaction(async (tx) => {
    const used = await consumeAccountToken(tx, input.token, ["RESET_PASSWORD"]);
    if (!used.ok) return used;
    const { userId, email } = used.consumed;
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, emailVerifiedAt: true } });
    if (user.email !== email)
      return fail("TOKEN_NOT_FOUND", "That link was sent to an address your account no longer uses. Ask for a new one.");

    await tx.user.update({ where: { id: userId }, data: { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() } });
    const revoked = await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await revokeOutstandingAccountTokens(tx, userId);
    return { ok: true as const, revokedSessions: revoked.count, notify: { email: user.email, name: user.name } };
  });
  if (!result.ok) return result;
  sendAccountEmailAfterResponse({
    kind: "password-changed",
    to: result.notify.email,
    name: result.notify.name,
    actionUrl: forgotPasswordUrl(),
  });
  return { ok: true, revokedSessions: result.revokedSessions };
}
