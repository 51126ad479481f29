import "server-only";
import { env } from "@/env";
import { joinAutomatically } from "@/server/domains/join";
import type { SessionContext } from "@/server/auth/context";
import { db } from "@/server/db";
import { fail, type Result } from "@/server/results/result";
import { isUniqueViolation } from "@/server/prisma-errors";
import { checkRateLimits } from "@/server/rate-limit/consume";
import { publicUserSelect, type PublicUser } from "@/server/users/dto";
import { sendAccountEmail, sendAccountEmailAfterResponse, verifyEmailUrl } from "./emails";
import { consumeAccountToken, issueAccountToken } from "./tokens";

/** Sends a verification link for the account's current address (after signup, and when asked again). */
export async function sendVerificationEmail(user: { id: string; email: string; name: string }, next?: string): Promise<{ sent: boolean }> {
  const { token } = await issueAccountToken(db, { userId: user.id, purpose: "VERIFY_EMAIL", email: user.email });
  return sendAccountEmail({ kind: "verify-email", to: user.email, name: user.name, actionUrl: verifyEmailUrl(token, next) });
}

/** "Resend the email" from the banner, the account page or an invitation: limited per user, refused once verified. */
export async function resendVerificationEmail(ctx: SessionContext, next?: string): Promise<Result<{ sent: boolean }>> {
  if (ctx.user.emailVerifiedAt) return fail("ALREADY_VERIFIED", "Your email address is verified already.");
  const limited = await checkRateLimits(
    [{ rule: "verificationResendPerUser", key: ctx.user.id }],
    "You have asked for several verification emails.",
  );
  if (limited) return limited;
  const { sent } = await sendVerificationEmail(ctx.user, next);
  return { ok: true, sent };
}

export type VerifiedEmail = { user: PublicUser; change: boolean };

/**
 * Opens a verification link: marks the account's address verified, or — for an email change — makes the new address
 * the account's (verified: the link proved it). A link for an address the account no longer has does nothing.
 * Password-reset links sent to the old address stop working when the address changes.
 */
export async function verifyEmail(token: string): Promise<Result<VerifiedEmail>> {
  let previousEmail: string | null = null;
  let result: Result<VerifiedEmail>;
  try {
    result = await db.$transaction(async (tx) => {
      const used = await consumeAccountToken(tx, token, ["VERIFY_EMAIL", "CHANGE_EMAIL"]);
      if (!used.ok) return used;
      const { userId, email, purpose } = used.consumed;
      const current = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
      previousEmail = current.email;

      if (purpose === "VERIFY_EMAIL") {
        if (current.email !== email) return staleLink();
        const user = await tx.user.update({
          where: { id: userId },
          data: { emailVerifiedAt: current.emailVerifiedAt ?? new Date() },
          select: publicUserSelect,
        });
        // A verified address at a domain an organization verified, set to "join automatically": joined now.
        await joinAutomatically(tx, user, undefined);
        return { ok: true as const, user, change: false };
      }
      const user = await tx.user.update({ where: { id: userId }, data: { email, emailVerifiedAt: new Date() }, select: publicUserSelect });
      await tx.accountToken.deleteMany({ where: { userId, usedAt: null, purpose: { in: ["RESET_PASSWORD", "VERIFY_EMAIL"] } } });
      await joinAutomatically(tx, user, undefined);
      return { ok: true as const, user, change: true };
    });
  } catch (error) {
    // Someone signed up with the new address between the request and the click.
    if (isUniqueViolation(error, "email")) return fail("EMAIL_TAKEN", "Another account uses that email address now. Choose another one.");
    throw error;
  }
  // The old address hears of the change: if it was not its owner's doing, they know at once.
  if (result.ok && result.change && previousEmail) {
    sendAccountEmailAfterResponse({
      kind: "email-changed",
      to: previousEmail,
      name: result.user.name,
      newEmail: result.user.email,
      actionUrl: env.APP_URL,
    });
  }
  return result;
}

function staleLink() {
  return fail("TOKEN_NOT_FOUND", "That link is for an address your account no longer uses.");
}
