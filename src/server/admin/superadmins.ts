import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

export type SuperadminChange = { status: "granted" | "revoked" | "unchanged" | "no_such_user"; email: string };

/**
 * Makes a user an application superadmin or stops them being one (npm run admin:grant / admin:revoke). The flag is
 * read from the database on every /admin request, so a revocation holds from the next one. Takes its client as an
 * argument: it runs from the command line, outside Next.js.
 */
export async function setSuperadmin(client: Pick<PrismaClient, "user">, rawEmail: string, on: boolean): Promise<SuperadminChange> {
  const email = rawEmail.trim().toLowerCase();
  const user = await client.user.findUnique({ where: { email }, select: { id: true, isSuperadmin: true } });
  if (!user) return { status: "no_such_user", email };
  if (user.isSuperadmin === on) return { status: "unchanged", email };
  await client.user.update({ where: { id: user.id }, data: { isSuperadmin: on } });
  return { status: on ? "granted" : "revoked", email };
}
