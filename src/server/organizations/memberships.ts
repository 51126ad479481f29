import "server-only";
import { db, type Role } from "@/server/db";
import type { OrganizationSummary } from "./create";

export type MembershipSummary = { organization: OrganizationSummary; role: Role };

/** Every organization the user belongs to, by name: for the switcher, /organizations and GET /api/me. */
export async function listMemberships(userId: string): Promise<MembershipSummary[]> {
  return db.membership.findMany({
    where: { userId },
    select: { role: true, organization: { select: { id: true, name: true, slug: true } } },
    orderBy: [{ organization: { name: "asc" } }, { organizationId: "asc" }],
  });
}

export async function isMemberOf(userId: string, organizationId: string): Promise<boolean> {
  const found = await db.membership.findUnique({ where: { organizationId_userId: { organizationId, userId } }, select: { id: true } });
  return found !== null;
}
