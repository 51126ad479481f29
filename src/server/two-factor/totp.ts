// TOTP (RFC 6238) through otplib: 6 digits, 30-second steps, SHA-1 — what every authenticator app reads from a QR code.
// Pure functions of their arguments (and the clock), so the window and the replay rule are unit-tested.
import { generateSecret, generateURI, verify } from "otplib";

export const TOTP_PERIOD_SECONDS = 30;
/** A code of the step before or after the current one is still good: clocks drift, and people type slowly. */
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;

export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI the QR code carries: the app shows "Orgstack (ada@example.com)". */
export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: "Orgstack", label: email, secret });
}

/**
 * The time step of a code that is valid now, or null. `lastTimeStep` is the step last accepted for this user: a code
 * of that step or an earlier one is refused, so a code works once even inside its window (an onlooker cannot reuse it).
 */
export async function acceptTotpCode(input: {
  secret: string;
  code: string;
  lastTimeStep: number | null;
  now?: Date;
}): Promise<number | null> {
  const code = input.code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret: input.secret,
    token: code,
    epochTolerance: TOLERANCE_SECONDS,
    ...(input.now ? { epoch: Math.floor(input.now.getTime() / 1000) } : {}),
    ...(input.lastTimeStep !== null ? { afterTimeStep: input.lastTimeStep } : {}),
  }).catch(() => null);
  // The union covers HOTP too; a TOTP result says its time step.
  return result?.valid && "timeStep" in result && typeof result.timeStep === "number" ? result.timeStep : null;
}
