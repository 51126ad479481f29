import "server-only";
import { recordAudit } from "@/server/audit/record";
import type { SessionContext } from "@/server/auth/context";
import { moveSessionToOrganization } from "@/server/auth/sessions";
import { db, type Role } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { isId } from "@/server/ids";
import { auditBreakGlass, checkEntry } from "@/server/security/entry";
import type { OrganizationSummary } from "./create";

export type Switched = { organization: OrganizationSummary; role: Role; token: string };

/**
 * Makes another of the user's organizations the active one, by id or by slug — the current slug or one it had
 * before, so old deep links keep working. The membership is checked in the database inside the same transaction
 * that moves the session: no membership (or a deleted organization), no switch (404, nothing written).
 */
export async function switchOrganization(
  viewer: SessionContext,
  target: { id: string } | { slug: string },
  meta: RequestMeta,
): Promise<Result<Switched>> {
  if ("id" in target && !isId(target.id)) return notAMember();
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: {
        userId: viewer.user.id,
        organization: {
          deletedAt: null,
          ...("id" in target ? { id: target.id } : { OR: [{ slug: target.slug }, { slugAliases: { some: { slug: target.slug } } }] }),
        },
      },
      select: { role: true, organization: { select: { id: true, name: true, slug: true } } },
    });
    if (!membership) return notAMember();
    // Entering an organization whose policy this session does not meet (two-factor, SSO): not at all, the session
    // stays where it is.
    const { organization } = membership;
    const entry = await checkEntry(tx, viewer, organization, membership.role);
    if (entry.refused) return entry.refused;
    const token = await moveSessionToOrganization(tx, {
      userId: viewer.user.id,
      sessionId: viewer.session.id,
      organization,
      role: membership.role,
    });
    if (viewer.session.activeOrganizationId !== organization.id) {
      await recordAudit(tx, {
        organizationId: organization.id,
        actorId: viewer.user.id,
        action: "member.switched_in",
        targetType: "organization",
        targetId: organization.id,
        meta,
      });
      if (entry.breakGlass) await auditBreakGlass(tx, viewer, organization.id, meta);
    }
    return { ok: true as const, organization, role: membership.role, token };
  });
}

function notAMember() {
  return fail("NOT_FOUND", "Organization not found, or you are not a member of it.");
}
