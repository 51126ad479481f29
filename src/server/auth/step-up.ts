import "server-only";
import type { ConfirmIdentityInput } from "@/lib/validation/passkeys";
import { db } from "@/server/db";
import { fail, type Failure, type Result } from "@/server/results/result";
import { verifyPasskey } from "@/server/passkeys/ceremonies";
import { verifySecondFactor } from "@/server/two-factor/verify";
import type { SessionContext } from "./context";

/**
 * How long a proven second factor vouches for sensitive actions (deleting an organization, handing over ownership,
 * a new email or password, an API key): after that they ask for it again. A session stays signed in regardless.
 */
export const STEP_UP_MAX_AGE_SECONDS = 10 * 60;

type Person = { user: Pick<SessionContext["user"], "hasSecondFactor">; session: Pick<SessionContext["session"], "secondFactorAt"> };

/**
 * Whether a sensitive operation must first ask the person to confirm it is them. Only people with a second factor
 * are asked (the others are asked for their password where it matters, as before): a stolen session of theirs must
 * not be enough to lock them out.
 */
export function stepUpRequired(person: Person, now = Date.now()): boolean {
  if (!person.user.hasSecondFactor) return false;
  const at = person.session.secondFactorAt;
  return at === null || now - at.getTime() > STEP_UP_MAX_AGE_SECONDS * 1000;
}

/**
 * What an organization that requires two-factor asks of a session: the person has a second factor, and proved it in
 * this session (context.ts asks the same in its query, for the active organization).
 */
export function meetsTwoFactorPolicy(person: Person): boolean {
  return person.user.hasSecondFactor && person.session.secondFactorAt !== null;
}

/** Where a person goes to meet an organization's two-factor policy: to confirm the factor they have, or to set one up. */
export function secondFactorPath(person: Pick<Person, "user">, next: string): string {
  return person.user.hasSecondFactor
    ? `/confirm?next=${encodeURIComponent(next)}`
    : `/account/two-factor?required=1&next=${encodeURIComponent(next)}`;
}

export function stepUpFailure(): Failure {
  return fail("STEP_UP_REQUIRED", "Confirm it is you with your second factor first (POST /api/account/confirm), then try again.");
}

/** Proves the second factor again in this session: a code, a recovery code or a passkey. */
export async function confirmIdentity(
  ctx: SessionContext,
  input: ConfirmIdentityInput,
  origin: string | null,
): Promise<Result<{ confirmedAt: Date }>> {
  if (!ctx.user.hasSecondFactor)
    return fail("TWO_FACTOR_NOT_ENABLED", "You have no second factor to confirm with. Set one up on your account page.");
  if (input.passkey) {
    const verified = await verifyPasskey("step-up", { response: input.passkey, origin, userId: ctx.user.id });
    if (!verified.ok) return verified;
  } else {
    const wrong = await verifySecondFactor(
      ctx.user.id,
      input.recoveryCode !== undefined ? { recoveryCode: input.recoveryCode } : { code: input.code },
    );
    if (wrong) return wrong;
  }
  const confirmedAt = new Date();
  await db.session.update({ where: { id: ctx.session.id }, data: { secondFactorAt: confirmedAt } });
  return { ok: true, confirmedAt };
}
