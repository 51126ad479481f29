import "server-only";
import { notFound } from "next/navigation";
import { getSessionContext, type SessionContext } from "@/server/auth/context";
import { db } from "@/server/db";

/** Whether this signed-in user is a superadmin now: read from the database, never from the cookie. */
export async function isSuperadmin(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { isSuperadmin: true } });
  return user?.isSuperadmin === true;
}

/**
 * For /admin pages: the superadmin's context, or a 404 for everyone else — /admin does not admit it exists. The flag
 * comes with the per-request session query, fresh from the database, so a revocation holds from the next request.
 */
export async function requireSuperadmin(): Promise<SessionContext> {
  const ctx = await getSessionContext();
  if (!ctx?.user.isSuperadmin) notFound();
  return ctx;
}
