import "server-only";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { sendAccountEmail } from "@/server/account/emails";
import type { SessionContext } from "@/server/auth/context";
import { env } from "@/env";
import { db } from "@/server/db";
import { fail, type Result } from "@/server/results/result";
import { challengeOf, consumeChallenge, storeChallenge, type ChallengePurpose } from "./challenges";
import { toPasskeyDto, type PasskeyDto } from "./dto";
import { allowedOrigin, RELYING_PARTY_NAME, relyingPartyId } from "./relying-party";

export const MAX_PASSKEYS = 10;

/** Options for navigator.credentials.create(): a discoverable credential (it can sign in alone), none the user has. */
export async function registrationOptions(ctx: SessionContext): Promise<Result<{ options: PublicKeyCredentialCreationOptionsJSON }>> {
  const existing = await db.passkey.findMany({ where: { userId: ctx.user.id }, select: { credentialId: true, transports: true } });
  if (existing.length >= MAX_PASSKEYS)
    return fail("VALIDATION_FAILED", `You have ${MAX_PASSKEYS} passkeys, the most an account may have. Remove one first.`);
  const options = await generateRegistrationOptions({
    rpName: RELYING_PARTY_NAME,
    rpID: relyingPartyId(),
    userName: ctx.user.email,
    userDisplayName: ctx.user.name,
    userID: new TextEncoder().encode(ctx.user.id),
    attestationType: "none",
    excludeCredentials: existing.map((passkey) => ({ id: passkey.credentialId, transports: passkey.transports })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  await storeChallenge(options.challenge, "register", ctx.user.id);
  return { ok: true, options };
}

/** Checks the browser's new credential against the challenge, the origin and the RP ID, and keeps it. */
export async function registerPasskey(
  ctx: SessionContext,
  input: { name: string; response: RegistrationResponseJSON; origin: string | null },
): Promise<Result<{ passkey: PasskeyDto }>> {
  const origin = allowedOrigin(input.origin);
  const challenge = challengeOf(input.response.response.clientDataJSON);
  const stored = challenge && origin ? await consumeChallenge(challenge, "register") : null;
  if (!stored || stored.userId !== ctx.user.id || !challenge || !origin) return ceremonyFailed();
  const verified = await verifyRegistrationResponse({
    response: input.response,
    expectedChallenge: challenge,
    expectedOrigin: origin,
    expectedRPID: relyingPartyId(),
    requireUserVerification: true,
  }).catch(() => null);
  if (!verified?.verified || !verified.registrationInfo) return ceremonyFailed();
  const { credential, credentialDeviceType, credentialBackedUp } = verified.registrationInfo;
  const created = await db
    .$transaction(async (tx) => {
      const passkey = await tx.passkey.create({
        data: {
          userId: ctx.user.id,
          credentialId: credential.id,
          publicKey: Buffer.from(credential.publicKey),
          counter: BigInt(credential.counter),
          transports: credential.transports ?? [],
          deviceType: credentialDeviceType,
          backedUp: credentialBackedUp,
          name: input.name,
        },
      });
      // Made in this session with user verification: it counts as this session's second factor from now on.
      await tx.session.update({ where: { id: ctx.session.id }, data: { secondFactorAt: new Date() } });
      await sendAccountEmail(
        {
          kind: "passkey-added",
          to: ctx.user.email,
          name: ctx.user.name,
          newEmail: input.name,
          actionUrl: `${env.APP_URL}/account/two-factor`,
        },
        tx,
      );
      return passkey;
    })
    .catch((error: unknown) => {
      // The same authenticator registered twice (excludeCredentials is advice to the browser, not a guarantee).
      if (error instanceof Error && "code" in error && error.code === "P2002") return null;
      throw error;
    });
  if (!created) return fail("VALIDATION_FAILED", "That passkey is registered already.");
  return { ok: true, passkey: toPasskeyDto(created) };
}

/**
 * Options for navigator.credentials.get(). For a sign-in with a passkey alone no user is known yet: the browser
 * offers the discoverable credentials it has for us. As a second factor or a step-up, only the user's own.
 */
export async function authenticationOptions(
  purpose: Exclude<ChallengePurpose, "register">,
  userId: string | null,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const allow = userId ? await db.passkey.findMany({ where: { userId }, select: { credentialId: true, transports: true } }) : [];
  const options = await generateAuthenticationOptions({
    rpID: relyingPartyId(),
    userVerification: "required",
    allowCredentials: allow.map((passkey) => ({ id: passkey.credentialId, transports: transportsOf(passkey.transports) })),
  });
  await storeChallenge(options.challenge, purpose, userId);
  return options;
}

type Transport = NonNullable<NonNullable<PublicKeyCredentialRequestOptionsJSON["allowCredentials"]>[number]["transports"]>[number];
const TRANSPORTS: readonly string[] = ["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"] satisfies Transport[];

/** The transports stored with a passkey, as the type the library wants (any the library does not know are dropped). */
function transportsOf(stored: string[]): Transport[] {
  return stored.filter((transport): transport is Transport => TRANSPORTS.includes(transport));
}

/**
 * Checks an assertion: its challenge (one use, this purpose, this user when one was named), origin, RP ID, user
 * verification and signature, and that the signature counter moved forward (a cloned authenticator repeats it).
 * The user the passkey belongs to, when all holds.
 */
export async function verifyPasskey(
  purpose: Exclude<ChallengePurpose, "register">,
  input: { response: AuthenticationResponseJSON; origin: string | null; userId?: string },
): Promise<Result<{ userId: string }>> {
  const origin = allowedOrigin(input.origin);
  const challenge = challengeOf(input.response.response.clientDataJSON);
  const stored = challenge && origin ? await consumeChallenge(challenge, purpose) : null;
  if (!stored || !challenge || !origin) return ceremonyFailed();
  const passkey = await db.passkey.findUnique({ where: { credentialId: input.response.id } });
  const expectedUser = input.userId ?? stored.userId;
  if (!passkey || (expectedUser !== null && passkey.userId !== expectedUser)) return ceremonyFailed();
  const verified = await verifyAuthenticationResponse({
    response: input.response,
    expectedChallenge: challenge,
    expectedOrigin: origin,
    expectedRPID: relyingPartyId(),
    requireUserVerification: true,
    credential: {
      id: passkey.credentialId,
      publicKey: new Uint8Array(passkey.publicKey),
      counter: Number(passkey.counter),
      transports: transportsOf(passkey.transports),
    },
  }).catch(() => null);
  if (!verified?.verified) return ceremonyFailed();
  // Authenticators that keep no counter always say 0; one that does must say more than last time (conditional
  // write: two racing assertions cannot both pass).
  const next = BigInt(verified.authenticationInfo.newCounter);
  const moved = await db.passkey.updateMany({
    where: { id: passkey.id, ...(next === 0n && passkey.counter === 0n ? {} : { counter: { lt: next } }) },
    data: { counter: next, lastUsedAt: new Date(), backedUp: verified.authenticationInfo.credentialBackedUp },
  });
  if (moved.count !== 1) return ceremonyFailed();
  return { ok: true, userId: passkey.userId };
}

export async function listPasskeys(userId: string): Promise<PasskeyDto[]> {
  const passkeys = await db.passkey.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
  return passkeys.map(toPasskeyDto);
}

export async function renamePasskey(ctx: SessionContext, id: string, name: string): Promise<Result<{ passkey: PasskeyDto }>> {
  const updated = await db.passkey.updateManyAndReturn({ where: { id, userId: ctx.user.id }, data: { name } });
  return updated[0] ? { ok: true, passkey: toPasskeyDto(updated[0]) } : fail("NOT_FOUND", "Passkey not found.");
}

export async function removePasskey(ctx: SessionContext, id: string): Promise<Result<object>> {
  const removed = await db.passkey.deleteMany({ where: { id, userId: ctx.user.id } });
  return removed.count === 1 ? { ok: true } : fail("NOT_FOUND", "Passkey not found.");
}

function ceremonyFailed() {
  return fail("PASSKEY_FAILED", "That passkey could not be verified. Try again, or use another way to sign in.");
}
