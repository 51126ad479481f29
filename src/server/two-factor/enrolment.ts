import "server-only";
import QRCode from "qrcode";
import { env } from "@/env";
import { sendAccountEmail } from "@/server/account/emails";
import { checkCurrentPassword } from "@/server/account/password-check";
import type { SessionContext } from "@/server/auth/context";
import { db, type Tx } from "@/server/db";
import { fail, type Result } from "@/server/results/result";
import { seal, TOTP_SECRET, unseal } from "@/server/jobs/seal";
import { checkRateLimits } from "@/server/rate-limit/consume";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";
import { newTotpSecret, totpUri } from "./totp";
import { spendTotpCode, verifySecondFactor } from "./verify";

export type TwoFactorStatus = {
  totpEnabledAt: Date | null;
  /** An enrolment was started (a secret is waiting for its first code). */
  totpPending: boolean;
  recoveryCodesLeft: number;
  passkeys: number;
};

export async function twoFactorStatus(userId: string): Promise<TwoFactorStatus> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      totpEnabledAt: true,
      totpSecretSealed: true,
      _count: { select: { passkeys: true, recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  return {
    totpEnabledAt: user.totpEnabledAt,
    totpPending: !user.totpEnabledAt && user.totpSecretSealed !== null,
    recoveryCodesLeft: user._count.recoveryCodes,
    passkeys: user._count.passkeys,
  };
}

export type TotpEnrolment = { secret: string; uri: string; qrCodeSvg: string };

/**
 * Starts (or starts again) setting up an authenticator app: a new secret, kept sealed until a code from the app
 * confirms it. Nothing changes for sign-in until then.
 */
export async function startTotpEnrolment(ctx: SessionContext): Promise<Result<{ enrolment: TotpEnrolment }>> {
  const user = await db.user.findUniqueOrThrow({ where: { id: ctx.user.id }, select: { totpEnabledAt: true } });
  if (user.totpEnabledAt)
    return fail("TWO_FACTOR_ALREADY_ENABLED", "Two-factor authentication is on already. Turn it off first to use another app.");
  const secret = newTotpSecret();
  await db.user.update({ where: { id: ctx.user.id }, data: { totpSecretSealed: seal(secret, TOTP_SECRET), totpLastTimeStep: null } });
  return { ok: true, enrolment: await enrolmentOf(secret, ctx.user.email) };
}

/** The enrolment under way, to show its QR code again (a reload of the page). */
export async function pendingTotpEnrolment(ctx: SessionContext): Promise<TotpEnrolment | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: ctx.user.id }, select: { totpEnabledAt: true, totpSecretSealed: true } });
  if (user.totpEnabledAt || !user.totpSecretSealed) return null;
  return enrolmentOf(unseal<string>(user.totpSecretSealed, TOTP_SECRET), ctx.user.email);
}

async function enrolmentOf(secret: string, email: string): Promise<TotpEnrolment> {
  const uri = totpUri(secret, email);
  return { secret, uri, qrCodeSvg: await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) };
}

/**
 * Confirms the app with its first code: two-factor is on from here, this session counts as verified with it, and the
 * ten recovery codes are returned — the only time they are shown.
 */
export async function confirmTotpEnrolment(ctx: SessionContext, code: string): Promise<Result<{ recoveryCodes: string[] }>> {
  const limited = await checkRateLimits([{ rule: "secondFactorPerUser", key: ctx.user.id }], "Too many codes tried.");
  if (limited) return limited;
  const user = await db.user.findUniqueOrThrow({ where: { id: ctx.user.id }, select: { totpEnabledAt: true, totpSecretSealed: true } });
  if (user.totpEnabledAt) return fail("TWO_FACTOR_ALREADY_ENABLED", "Two-factor authentication is on already.");
  if (!user.totpSecretSealed) return fail("TWO_FACTOR_NOT_ENABLED", "Start again: scan a new QR code first.");
  const wrong = await spendTotpCode(ctx.user.id, code, { enabledOnly: false });
  if (wrong) return wrong;
  const recoveryCodes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: ctx.user.id }, data: { totpEnabledAt: new Date() } });
    await replaceRecoveryCodes(tx, ctx.user.id, recoveryCodes);
    await tx.session.update({ where: { id: ctx.session.id }, data: { secondFactorAt: new Date() } });
    await sendAccountEmail({ kind: "two-factor-enabled", to: ctx.user.email, name: ctx.user.name, actionUrl: accountUrl() }, tx);
  });
  return { ok: true, recoveryCodes };
}

/** Ten new recovery codes; the old ones stop working. Asks for a code from the app. */
export async function regenerateRecoveryCodes(ctx: SessionContext, code: string): Promise<Result<{ recoveryCodes: string[] }>> {
  const wrong = await verifySecondFactor(ctx.user.id, { code });
  if (wrong) return wrong;
  const recoveryCodes = newRecoveryCodes();
  await db.$transaction((tx) => replaceRecoveryCodes(tx, ctx.user.id, recoveryCodes));
  return { ok: true, recoveryCodes };
}

/**
 * Turns the authenticator app off: asks for the password and a code (from the app, or a recovery code). Passkeys
 * stay; the recovery codes go with the app. An email tells the owner of the address.
 */
export async function disableTotp(ctx: SessionContext, input: { password: string; code: string }): Promise<Result<object>> {
  const wrongPassword = await checkCurrentPassword(ctx.user.id, input.password, "password");
  if (wrongPassword) return wrongPassword;
  const user = await db.user.findUniqueOrThrow({ where: { id: ctx.user.id }, select: { totpEnabledAt: true } });
  if (!user.totpEnabledAt) return fail("TWO_FACTOR_NOT_ENABLED", "Two-factor authentication is off already.");
  const typed = input.code.replace(/\s+/g, "");
  const wrongCode = await verifySecondFactor(ctx.user.id, /^\d{6}$/.test(typed) ? { code: typed } : { recoveryCode: input.code });
  if (wrongCode) return fail("INVALID_CODE", wrongCode.message, { code: wrongCode.message });
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: ctx.user.id }, data: { totpEnabledAt: null, totpSecretSealed: null, totpLastTimeStep: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: ctx.user.id } });
    await sendAccountEmail({ kind: "two-factor-disabled", to: ctx.user.email, name: ctx.user.name, actionUrl: accountUrl() }, tx);
  });
  return { ok: true };
}

async function replaceRecoveryCodes(tx: Tx, userId: string, codes: string[]): Promise<void> {
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
}

function accountUrl(): string {
  return `${env.APP_URL}/account`;
}
