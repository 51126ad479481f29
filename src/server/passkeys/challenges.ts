import "server-only";
import { db } from "@/server/db";

/** What a ceremony is for: a challenge made for one is refused by the others. */
export type ChallengePurpose = "register" | "sign-in" | "second-factor" | "step-up";

const CHALLENGE_SECONDS = 5 * 60;

/** Keeps the challenge the options carry, for one use within five minutes (expired ones are swept as new ones come). */
export async function storeChallenge(challenge: string, purpose: ChallengePurpose, userId: string | null): Promise<void> {
  await db.$transaction([
    db.webAuthnChallenge.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.webAuthnChallenge.create({ data: { challenge, purpose, userId, expiresAt: new Date(Date.now() + CHALLENGE_SECONDS * 1000) } }),
  ]);
}

/**
 * Takes the challenge a browser's response signed back, once: the row is deleted as it is read, so a replayed
 * response finds nothing. Null when it is unknown, expired, or made for another purpose.
 */
export async function consumeChallenge(challenge: string, purpose: ChallengePurpose): Promise<{ userId: string | null } | null> {
  const [row] = await db.$queryRaw<{ userId: string | null; purpose: string }[]>`
    DELETE FROM "WebAuthnChallenge" WHERE challenge = ${challenge} AND "expiresAt" > now() RETURNING "userId", purpose`;
  return row && row.purpose === purpose ? { userId: row.userId } : null;
}

/** The challenge inside a response's clientDataJSON (base64url JSON), or null for anything malformed. */
export function challengeOf(clientDataJSON: string): string | null {
  try {
    const data: unknown = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8"));
    const challenge = typeof data === "object" && data !== null ? (data as { challenge?: unknown }).challenge : undefined;
    return typeof challenge === "string" && challenge.length > 0 && challenge.length <= 200 ? challenge : null;
  } catch {
    return null;
  }
}
