import "server-only";
import { describeDevice } from "@/lib/device";
import type { SessionContext } from "@/server/auth/context";
import { db } from "@/server/db";
import { fail, type Result } from "@/server/results/result";
import { revokeOutstandingAccountTokens } from "./tokens";

export type AccountSession = {
  id: string;
  /** "Chrome on macOS". */
  device: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  /** The session this request was made with. */
  current: boolean;
};

/** The account's live sessions (not revoked, not expired), most recently used first. */
export async function listAccountSessions(ctx: SessionContext): Promise<AccountSession[]> {
  const rows = await db.session.findMany({
    where: { userId: ctx.user.id, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ ...row, device: describeDevice(row.userAgent), current: row.id === ctx.session.id }));
}

/** Signs one of the account's sessions out; another user's session id is a 404 like an unknown one. */
export async function revokeAccountSession(ctx: SessionContext, sessionId: string): Promise<Result<{ current: boolean }>> {
  const revoked = await db.session.updateMany({
    where: { id: sessionId, userId: ctx.user.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (revoked.count === 0) return fail("NOT_FOUND", "That session has ended already, or is not one of yours.");
  return { ok: true, current: sessionId === ctx.session.id };
}

/** Signs the account out everywhere, this session included, and cancels every emailed link still unused. */
export async function revokeAllAccountSessions(ctx: SessionContext): Promise<number> {
  return db.$transaction(async (tx) => {
    const revoked = await tx.session.updateMany({ where: { userId: ctx.user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await revokeOutstandingAccountTokens(tx, ctx.user.id);
    return revoked.count;
  });
}
