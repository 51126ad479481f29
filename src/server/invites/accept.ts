import "server-only";
import { queueSeatSync } from "@/server/billing/seats";
import type { SessionContext } from "@/server/auth/context";
import { moveSessionToOrganization } from "@/server/auth/sessions";
import { db, type Role } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { checkEntry } from "@/server/security/entry";
import type { OrganizationSummary } from "@/server/organizations/create";
import { isUniqueViolation } from "@/server/prisma-errors";
import { InviteRefused, joinWithInvite } from "./join";
import { closedInvite, findInviteByToken, inviteNotFoundByToken, refuseEmail, refuseUnverified, type InviteView } from "./lookup";

export type Joined = { organization: OrganizationSummary; role: Role; token: string };

/** Whether a token can be used by the account with `email`: the invitation, or why not. Writes nothing. */
export async function checkInviteFor(token: string, email: string | null): Promise<Result<{ view: InviteView }>> {
  const view = await findInviteByToken(token);
  if (!view) return inviteNotFoundByToken();
  const refused = closedInvite(view) ?? (email === null ? null : refuseEmail(view, email));
  return refused ?? { ok: true, view };
}

/**
 * A signed-in user accepts an invitation: membership created, invitation used, session switched to the organization,
 * all in one transaction. Another account's invitation, a closed one or an existing membership change nothing.
 */
export async function acceptInvite(viewer: SessionContext, token: string, meta: RequestMeta): Promise<Result<Joined>> {
  const checked = await checkInviteFor(token, viewer.user.email);
  if (!checked.ok) return checked;
  const { view } = checked;
  const unverified = refuseUnverified(view, viewer.user);
  if (unverified) return unverified;
  // An organization whose policy this session does not meet (two-factor, SSO) is not entered: the invitation waits,
  // unused, until then.
  const { refused } = await checkEntry(db, viewer, view.organization, view.role);
  if (refused) return refused;
  try {
    const joined = await db.$transaction(async (tx) => {
      const member = await tx.membership.findUnique({
        where: { organizationId_userId: { organizationId: view.organization.id, userId: viewer.user.id } },
        select: { id: true },
      });
      if (member) throw new InviteRefused(alreadyMember(view));
      await joinWithInvite(tx, view, viewer.user, meta);
      const sessionToken = await moveSessionToOrganization(tx, {
        userId: viewer.user.id,
        sessionId: viewer.session.id,
        organization: view.organization,
        role: view.role,
      });
      await queueSeatSync(tx, view.organization.id);
      return { ok: true as const, organization: view.organization, role: view.role, token: sessionToken };
    });
    return joined;
  } catch (error) {
    if (error instanceof InviteRefused) return error.failure;
    if (isUniqueViolation(error)) return alreadyMember(view);
    throw error;
  }
}

function alreadyMember(view: InviteView) {
  return fail("ALREADY_MEMBER", `You are already a member of ${view.organization.name}. Switch to it from the organization menu.`);
}
