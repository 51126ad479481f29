import "server-only";
import { db } from "@/server/db";

/** How long a person may spend at their identity provider before the sign-in must start again. */
const ATTEMPT_SECONDS = 10 * 60;

export type SignInAttempt = {
  id: string;
  connectionId: string;
  requestId: string | null;
  nonce: string | null;
  codeVerifier: string | null;
  next: string | null;
};

/** The cookie that ties the sign-in to the browser that started it: the answer must come back to the same one. */
export const SSO_ATTEMPT_COOKIE = "sso_attempt";
export const SSO_ATTEMPT_MAX_AGE_SECONDS = ATTEMPT_SECONDS;

/** Keeps a new attempt; its id is the OIDC `state` or the SAML `RelayState` (expired ones are swept as new ones come). */
export async function storeAttempt(attempt: SignInAttempt): Promise<void> {
  await db.$transaction([
    db.ssoSignInAttempt.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.ssoSignInAttempt.create({ data: { ...attempt, expiresAt: new Date(Date.now() + ATTEMPT_SECONDS * 1000) } }),
  ]);
}

/**
 * Takes an attempt, once: deleted as it is read, so a replayed answer finds nothing. Null when it is unknown or
 * expired; the caller checks it is its connection's.
 */
export async function consumeAttempt(id: string): Promise<SignInAttempt | null> {
  const [row] = await db.$queryRaw<SignInAttempt[]>`
    DELETE FROM "SsoSignInAttempt" WHERE id = ${id} AND "expiresAt" > now()
    RETURNING id, "connectionId", "requestId", nonce, "codeVerifier", next`;
  return row ?? null;
}
