import "server-only";
import type { AccountTokenPurpose } from "@/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import { fail, type Result } from "@/server/results/result";
import { hashSecretToken, newSecretToken } from "@/server/secret-token";

/** How long each kind of emailed link works. */
export const ACCOUNT_TOKEN_TTL_SECONDS: Record<AccountTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 60 * 60,
  CHANGE_EMAIL: 24 * 60 * 60,
  RESET_PASSWORD: 60 * 60,
};

export type IssuedAccountToken = { token: string; expiresAt: Date };

/** A new single-use token for `userId`; any unused one of the same purpose stops working (the newest email wins). */
export async function issueAccountToken(
  client: Tx | typeof db,
  input: { userId: string; purpose: AccountTokenPurpose; email: string },
): Promise<IssuedAccountToken> {
  const { token, tokenHash } = newSecretToken();
  const expiresAt = new Date(Date.now() + ACCOUNT_TOKEN_TTL_SECONDS[input.purpose] * 1000);
  await client.accountToken.deleteMany({ where: { userId: input.userId, purpose: input.purpose, usedAt: null } });
  await client.accountToken.create({ data: { userId: input.userId, purpose: input.purpose, email: input.email, tokenHash, expiresAt } });
  return { token, expiresAt };
}

/**
 * Every emailed link of the account that is still unused stops working: a pending email change above all, which
 * someone who knew the old password may have started towards their own address. Run by a password reset, a password
 * change and "sign out everywhere", in the same transaction.
 */
export async function revokeOutstandingAccountTokens(client: Tx | typeof db, userId: string): Promise<number> {
  const deleted = await client.accountToken.deleteMany({ where: { userId, usedAt: null } });
  return deleted.count;
}

export type ConsumedAccountToken = { userId: string; email: string; purpose: AccountTokenPurpose };

/**
 * Uses a token inside the caller's transaction: one conditional UPDATE, so of two requests racing with the same
 * link exactly one wins. If the caller's transaction rolls back, the token is unused again.
 */
export async function consumeAccountToken(
  tx: Tx,
  token: string,
  purposes: AccountTokenPurpose[],
): Promise<Result<{ consumed: ConsumedAccountToken }>> {
  const tokenHash = hashSecretToken(token);
  const [consumed] = await tx.$queryRaw<ConsumedAccountToken[]>`
    UPDATE "AccountToken" SET "usedAt" = now()
    WHERE "tokenHash" = ${tokenHash} AND "usedAt" IS NULL AND "expiresAt" > now()
      AND purpose::text = ANY(${purposes}::text[])
    RETURNING "userId", email, purpose::text AS purpose`;
  if (consumed) return { ok: true, consumed };

  const found = await tx.accountToken.findUnique({ where: { tokenHash }, select: { purpose: true, usedAt: true } });
  if (!found || !purposes.includes(found.purpose))
    return fail("TOKEN_NOT_FOUND", "That link is not valid. Open the link from the newest email, or ask for a new one.");
  if (found.usedAt) return fail("TOKEN_USED", "That link has been used already. Ask for a new one if you still need it.");
  return fail("TOKEN_EXPIRED", "That link has expired. Ask for a new one.");
}
