import "server-only";
import { domainOfEmail } from "@/lib/free-mail-domains";
import { recordAudit } from "@/server/audit/record";
import type { SessionContext } from "@/server/auth/context";
import { moveSessionToOrganization } from "@/server/auth/sessions";
import { queueSeatSync } from "@/server/billing/seats";
import { db, type Role, type Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { checkEntry } from "@/server/security/entry";
import { noFreeSeat } from "@/server/invites/join";
import type { OrganizationSummary } from "@/server/organizations/create";
import { isUniqueViolation } from "@/server/prisma-errors";

export type JoinableOrganization = { organization: OrganizationSummary; domain: string; joinMode: "SUGGEST" | "AUTOMATIC"; role: Role };

// Cross-tenant by nature (which organizations claim this person's domain?), so it runs as the server role, and it
// answers only for the person's own verified address: nothing of an organization is shown but its name.
async function claimsOf(
  client: Pick<Tx, "organizationDomain">,
  user: { id: string; email: string },
  organizationId?: string,
): Promise<JoinableOrganization[]> {
  const rows = await client.organizationDomain.findMany({
    where: {
      domain: domainOfEmail(user.email),
      verifiedAt: { not: null },
      lapsedAt: null,
      ...(organizationId ? { organizationId } : {}),
      // Where a directory (SCIM) decides who is a member, a domain lets no one in by itself: someone it removed would
      // otherwise walk straight back in.
      organization: { deletedAt: null, scimToken: null, memberships: { none: { userId: user.id } } },
    },
    select: { domain: true, joinMode: true, joinRole: true, organization: { select: { id: true, name: true, slug: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({ organization: row.organization, domain: row.domain, joinMode: row.joinMode, role: row.joinRole }));
}

/** The organizations a person may join because their verified address is at a domain one of them verified. */
export async function joinableOrganizations(
  user: Pick<SessionContext["user"], "id" | "email" | "emailVerifiedAt">,
): Promise<JoinableOrganization[]> {
  if (!user.emailVerifiedAt) return [];
  return claimsOf(db, user);
}

export type JoinedByDomain = { organization: OrganizationSummary; role: Role; token: string };

/**
 * Joins one such organization with the role its domain says, and moves the session there: seats counted behind the
 * billing lock, audited, the seat sync queued — in one transaction. Its two-factor requirement applies as on every
 * way in. Not joinable (another domain, unverified address, lapsed verification, a member already): 404.
 */
export async function joinByDomain(viewer: SessionContext, organizationId: string, meta: RequestMeta): Promise<Result<JoinedByDomain>> {
  if (!viewer.user.emailVerifiedAt)
    return fail("EMAIL_NOT_VERIFIED", "Verify your email address first: it is what shows you belong to this organization's domain.");
  const [claim] = await claimsOf(db, viewer.user, organizationId);
  if (!claim) return notJoinable();
  const { refused } = await checkEntry(db, viewer, claim.organization, claim.role);
  if (refused) return refused;
  try {
    return await db.$transaction(async (tx) => {
      const joined = await joinInTransaction(tx, claim, viewer.user, meta);
      if (!joined.ok) return joined;
      const token = await moveSessionToOrganization(tx, {
        userId: viewer.user.id,
        sessionId: viewer.session.id,
        organization: claim.organization,
        role: claim.role,
      });
      return { ok: true as const, organization: claim.organization, role: claim.role, token };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return notJoinable();
    throw error;
  }
}

/**
 * Inside the transaction that verifies an address: joins every organization whose verified domain says
 * "automatically", with its role. One without a free seat is skipped (the person can still be invited).
 */
export async function joinAutomatically(
  tx: Tx,
  user: { id: string; email: string },
  meta: RequestMeta | undefined,
): Promise<OrganizationSummary[]> {
  const joined: OrganizationSummary[] = [];
  for (const claim of await claimsOf(tx, user)) {
    if (claim.joinMode !== "AUTOMATIC") continue;
    if ((await joinInTransaction(tx, claim, user, meta)).ok) joined.push(claim.organization);
  }
  return joined;
}

async function joinInTransaction(
  tx: Tx,
  claim: JoinableOrganization,
  user: { id: string; email: string },
  meta: RequestMeta | undefined,
): Promise<Result<object>> {
  const full = await noFreeSeat(tx, claim.organization, claim.role);
  if (full) return full;
  await tx.membership.create({ data: { organizationId: claim.organization.id, userId: user.id, role: claim.role }, select: { id: true } });
  await recordAudit(tx, {
    organizationId: claim.organization.id,
    actorId: user.id,
    action: "member.joined_by_domain",
    targetType: "user",
    targetId: user.id,
    metadata: { email: user.email, domain: claim.domain, role: claim.role, automatic: claim.joinMode === "AUTOMATIC" },
    ...(meta ? { meta } : {}),
  });
  await queueSeatSync(tx, claim.organization.id);
  return { ok: true };
}

function notJoinable() {
  return fail("NOT_FOUND", "That organization is not one your email address lets you join.");
}
