import "server-only";
import { verifyPassword } from "@/server/auth/password";
import { db } from "@/server/db";
import { fail, type Failure } from "@/server/results/result";
import { checkRateLimits } from "@/server/rate-limit/consume";

/**
 * Asks for the current password again before a sensitive change (email, password, deleting the account), limited
 * per user so that a stolen session cannot guess its way to the password. Null when it is right.
 */
export async function checkCurrentPassword(userId: string, password: string, field: string): Promise<Failure | null> {
  const limited = await checkRateLimits([{ rule: "passwordCheckPerUser", key: userId }], "Too many password attempts.");
  if (limited) return limited;
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (await verifyPassword(password, user?.passwordHash ?? null)) return null;
  const message = "That is not your current password.";
  return fail("INCORRECT_PASSWORD", message, { [field]: message });
}
