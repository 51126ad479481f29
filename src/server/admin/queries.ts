import "server-only";
import { pageArgs, pageOf } from "@/server/pagination";
// Application-wide reads for superadmins. They run as the server's database role, deliberately across
// organizations; each takes the context only requireSuperadmin() produces, so an unchecked call does not compile.
// Every one selects its columns (never a password hash).
import { recordAudit } from "@/server/audit/record";
import { db, type Prisma, type Role } from "@/server/db";
import type { SuperadminContext } from "@/server/auth/context";
import type { RequestMeta } from "@/server/http/request-meta";
import { isId } from "@/server/ids";
import { literalContains } from "@/server/like-pattern";
import { searchText } from "@/lib/validation/fields";
import { purgeDate } from "@/server/organizations/deletion-policy";

const PAGE = 50;

/** The search box's text, or none when it holds what no row can contain (a NUL would fail in PostgreSQL). */
function searchTerm(q: string | undefined): string | undefined {
  const parsed = searchText().safeParse(q ?? "");
  return parsed.success && parsed.data !== "" ? parsed.data : undefined;
}

export type AdminOrganizationRow = {
  id: string;
  name: string;
  slug: string;
  members: number;
  createdAt: Date;
  deletedAt: Date | null;
  purgeAt: Date | null;
};

/** Organizations, newest first, searchable by name or slug, keyset-paginated by id cursor. */
export async function listOrganizationsForAdmin(
  _admin: SuperadminContext,
  options: { q?: string; cursor?: string },
): Promise<{ organizations: AdminOrganizationRow[]; nextCursor: string | null }> {
  const q = searchTerm(options.q);
  const where: Prisma.OrganizationWhereInput = q
    ? { OR: [{ name: { contains: literalContains(q), mode: "insensitive" } }, { slug: { contains: literalContains(q.toLowerCase()) } }] }
    : {};
  const rows = await db.organization.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs({ cursor: options.cursor, limit: PAGE }),
    select: { id: true, name: true, slug: true, createdAt: true, deletedAt: true, _count: { select: { memberships: true } } },
  });
  const { page, nextCursor } = pageOf(rows, PAGE);
  return {
    organizations: page.map(({ _count, ...row }) => ({
      ...row,
      members: _count.memberships,
      purgeAt: row.deletedAt ? purgeDate(row.deletedAt) : null,
    })),
    nextCursor,
  };
}

export type AdminUserRow = { id: string; name: string; email: string; organizations: number; isSuperadmin: boolean; createdAt: Date };

export async function listUsersForAdmin(
  _admin: SuperadminContext,
  options: { q?: string; cursor?: string },
): Promise<{ users: AdminUserRow[]; nextCursor: string | null }> {
  const q = searchTerm(options.q);
  const where: Prisma.UserWhereInput = q
    ? { OR: [{ name: { contains: literalContains(q), mode: "insensitive" } }, { email: { contains: literalContains(q.toLowerCase()) } }] }
    : {};
  const rows = await db.user.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs({ cursor: options.cursor, limit: PAGE }),
    select: { id: true, name: true, email: true, isSuperadmin: true, createdAt: true, _count: { select: { memberships: true } } },
  });
  const { page, nextCursor } = pageOf(rows, PAGE);
  return { users: page.map(({ _count, ...row }) => ({ ...row, organizations: _count.memberships })), nextCursor };
}

export type AdminOrganizationDetail = {
  organization: { id: string; name: string; slug: string; createdAt: Date; deletedAt: Date | null };
  /** Whether its owners allow support's read-only "view as" (src/server/support). */
  supportAccessAllowed: boolean;
  members: Array<{ user: { id: string; name: string; email: string }; role: Role; joinedAt: Date }>;
  memberCount: number;
  projects: Array<{ id: string; name: string; createdAt: Date }>;
  projectCount: number;
  invitations: Array<{ id: string; email: string; role: Role; expiresAt: Date }>;
  events: Array<{
    id: string;
    action: string;
    actorId: string | null;
    targetType: string | null;
    targetId: string | null;
    createdAt: Date;
  }>;
};

/**
 * One organization, read-only, for a superadmin — and the view itself goes into that organization's audit log in
 * the same transaction as the reads: looking at a tenant's data without being a member must leave a trace.
 */
export async function viewOrganizationAsAdmin(
  admin: SuperadminContext,
  organizationId: string,
  meta: RequestMeta,
): Promise<AdminOrganizationDetail | null> {
  if (!isId(organizationId)) return null;
  return db.$transaction(async (tx) => {
    const found = await tx.organization.findUnique({
      where: { id: organizationId },
      select: { id: true, name: true, slug: true, createdAt: true, deletedAt: true, supportAccessAllowed: true },
    });
    if (!found) return null;
    const { supportAccessAllowed, ...organization } = found;
    await recordAudit(tx, {
      organizationId,
      actorId: admin.user.id,
      action: "admin.viewed",
      targetType: "organization",
      targetId: organizationId,
      metadata: { page: "organization" },
      meta,
    });
    const where = { organizationId };
    const [members, memberCount, projects, projectCount, invitations, events] = await Promise.all([
      tx.membership.findMany({
        where,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 50,
        select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      }),
      tx.membership.count({ where }),
      tx.project.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 50,
        select: { id: true, name: true, createdAt: true },
      }),
      tx.project.count({ where }),
      tx.invitation.findMany({
        where: { organizationId, pendingEmail: { not: null } },
        take: 50,
        select: { id: true, email: true, role: true, expiresAt: true },
      }),
      tx.auditEvent.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 50,
        select: { id: true, action: true, actorId: true, targetType: true, targetId: true, createdAt: true },
      }),
    ]);
    return {
      organization,
      supportAccessAllowed,
      members: members.map(({ role, createdAt, user }) => ({ user, role, joinedAt: createdAt })),
      memberCount,
      projects,
      projectCount,
      invitations,
      events,
    };
  });
}
