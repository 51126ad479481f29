import "server-only";
import type { SecondFactorInput } from "@/lib/validation/two-factor";
import { db } from "@/server/db";
import { fail, type Failure } from "@/server/results/result";
import { TOTP_SECRET, unseal } from "@/server/jobs/seal";
import { checkRateLimits } from "@/server/rate-limit/consume";
import { hashRecoveryCode, normalizeRecoveryCode } from "./recovery-codes";
import { acceptTotpCode } from "./totp";

export type SecondFactorMethod = "totp" | "recovery_code" | "passkey";

/** The second factors a user can sign in with: what the sign-in page offers. Empty: password only. */
export async function secondFactorMethods(userId: string): Promise<SecondFactorMethod[]> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true, _count: { select: { passkeys: true } } } });
  if (!user) return [];
  return [...(user.totpEnabledAt ? (["totp", "recovery_code"] as const) : []), ...(user._count.passkeys > 0 ? (["passkey"] as const) : [])];
}

/**
 * Checks a code from the authenticator app, or a recovery code, for one user: null when it is good, and it is then
 * spent — the app's time step is recorded (a code works once), the recovery code marked used. Both writes are
 * conditional, so two requests racing with the same code cannot both pass. Limited per user.
 */
export async function verifySecondFactor(userId: string, input: SecondFactorInput): Promise<Failure | null> {
  const limited = await checkRateLimits([{ rule: "secondFactorPerUser", key: userId }], "Too many codes tried.");
  if (limited) return limited;
  if (input.recoveryCode !== undefined) return spendRecoveryCode(userId, input.recoveryCode);
  return spendTotpCode(userId, input.code ?? "", { enabledOnly: true });
}

/** The authenticator-app half of verifySecondFactor, also used to confirm an enrolment (`enabledOnly: false`). */
export async function spendTotpCode(userId: string, code: string, options: { enabledOnly: boolean }): Promise<Failure | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { totpSecretSealed: true, totpEnabledAt: true, totpLastTimeStep: true },
  });
  if (!user?.totpSecretSealed || (options.enabledOnly && !user.totpEnabledAt)) return invalidCode("code");
  const step = await acceptTotpCode({
    secret: unseal<string>(user.totpSecretSealed, TOTP_SECRET),
    code,
    lastTimeStep: user.totpLastTimeStep,
  });
  if (step === null) return invalidCode("code");
  const spent = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastTimeStep: null }, { totpLastTimeStep: { lt: step } }] },
    data: { totpLastTimeStep: step },
  });
  return spent.count === 1 ? null : invalidCode("code");
}

async function spendRecoveryCode(userId: string, typed: string): Promise<Failure | null> {
  const code = normalizeRecoveryCode(typed);
  if (!code) return invalidCode("recoveryCode");
  const spent = await db.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return spent.count === 1 ? null : invalidCode("recoveryCode");
}

function invalidCode(field: "code" | "recoveryCode"): Failure {
  const message =
    field === "code"
      ? "That code is not right, or it was used already. Wait for the next one."
      : "That recovery code is not right, or it was used already.";
  return fail("INVALID_CODE", message, { [field]: message });
}
