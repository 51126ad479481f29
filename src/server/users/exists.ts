import "server-only";
import { db } from "@/server/db";

/** For the invitation page only, where holding the token already names the address. */
export async function accountExists(email: string): Promise<boolean> {
  return (await db.user.findUnique({ where: { email }, select: { id: true } })) !== null;
}
