import "server-only";
import { notFound } from "next/navigation";
import { getSessionContext, superadminContextOf, type SuperadminContext } from "@/server/auth/context";
import { db } from "@/server/db";

/** Whether this signed-in user is a superadmin now: read from the database, never from the cookie. */
export async function isSuperadmin(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { isSuperadmin: true } });
  return user?.isSuperadmin === true;
}

/**
 * The guard of every /admin page, called by the page itself before it loads anything (the layout's call is only for
 * its header: a layout is no check). A superadmin's context, or a 404 for everyone else — /admin does not admit it
 * exists. The flag comes with the per-request session query, fresh from the database, so a revocation holds from the
 * next request; the admin queries take the context this returns, so they cannot be called without it.
 */
export async function requireSuperadmin(): Promise<SuperadminContext> {
  const ctx = superadminContextOf(await getSessionContext());
  if (!ctx) notFound();
  return ctx;
}
