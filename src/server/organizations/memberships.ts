import "server-only";
import { db, type Role } from "@/server/db";
import type { OrganizationSummary } from "./create";
import { logoUrl } from "./logo-url";

export type MembershipSummary = { organization: OrganizationSummary & { logoUrl: string | null }; role: Role };

/** Every live organization the user belongs to, by name: for the switcher, /organizations and GET /api/me. */
export async function listMemberships(userId: string): Promise<MembershipSummary[]> {
  const rows = await db.membership.findMany({
    where: { userId, organization: { deletedAt: null } },
    select: { role: true, organization: { select: { id: true, name: true, slug: true, logoKey: true } } },
    orderBy: [{ organization: { name: "asc" } }, { organizationId: "asc" }],
  });
  return rows.map(({ role, organization: { logoKey, ...organization } }) => ({ role, organization: { ...organization, logoUrl: logoUrl(organization.id, logoKey) } }));
}

export async function isMemberOf(userId: string, organizationId: string): Promise<boolean> {
  const found = await db.membership.findFirst({ where: { organizationId, userId, organization: { deletedAt: null } }, select: { id: true } });
  return found !== null;
}
