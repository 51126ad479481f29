import "server-only";
import { queueSeatSync } from "@/server/billing/seats";
import type { SignupInput } from "@/lib/validation/auth";
import { sendVerificationEmail } from "@/server/account/verification";
import { hashPassword } from "@/server/auth/password";
import { createSession, type IssuedSession } from "@/server/auth/sessions";
import { db, type Role, type Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { checkInviteFor } from "@/server/invites/accept";
import { InviteRefused, joinWithInvite } from "@/server/invites/join";
import { refuseUnverified, type InviteView } from "@/server/invites/lookup";
import { createOrganizationWithOwner, type OrganizationSummary } from "@/server/organizations/create";
import { isUniqueViolation } from "@/server/prisma-errors";
import { checkRateLimits } from "@/server/rate-limit/consume";
import { publicUserSelect, type PublicUser } from "./dto";

/**
 * `organization` is null when the invitation is a domain-restricted link: the membership waits until the new address
 * is verified (the verification email leads back to the link).
 */
export type SignupSuccess = { user: PublicUser; organization: OrganizationSummary | null; role: Role | null; session: IssuedSession };

const EMAIL_TAKEN_MESSAGE = "An account with this email already exists. Log in instead.";

/**
 * Creates the user and their session in one transaction, with either a new organization they own or — with an
 * invitation — a membership in the inviting organization (and no organization of their own). All of it or none.
 */
export async function signUp(input: SignupInput, meta: RequestMeta): Promise<Result<SignupSuccess>> {
  const limited = await checkRateLimits([{ rule: "signupPerIp", key: meta.ip }], "Many accounts were created from your network recently.");
  if (limited) return limited;
  let invite: InviteView | null = null;
  if (input.inviteToken) {
    const checked = await checkInviteFor(input.inviteToken, input.email);
    if (!checked.ok) return checked;
    invite = checked.view;
  }
  // Checked first for a fast, clear answer; the unique index below still decides races.
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return fail("EMAIL_TAKEN", EMAIL_TAKEN_MESSAGE, { email: EMAIL_TAKEN_MESSAGE });
  }
  const passwordHash = await hashPassword(input.password);
  let created: Result<SignupSuccess>;
  try {
    created = await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash }, select: publicUserSelect });
      const { organization, role } = invite
        ? refuseUnverified(invite, user)
          ? { organization: null, role: null }
          : await joinInvitingOrganization(tx, invite, user, meta)
        : {
            organization: await createOrganizationWithOwner(tx, { name: input.organizationName!, ownerId: user.id, meta }),
            role: "OWNER" as const,
          };
      const session = await createSession(tx, { userId: user.id, organization, role, meta });
      if (invite && organization) await queueSeatSync(tx, organization.id);
      const verified =
        invite?.kind === "email" ? await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: publicUserSelect }) : user;
      return { ok: true as const, user: verified, organization, role, session };
    });
  } catch (error) {
    if (error instanceof InviteRefused) return error.failure;
    if (isUniqueViolation(error, "email")) return fail("EMAIL_TAKEN", EMAIL_TAKEN_MESSAGE, { email: EMAIL_TAKEN_MESSAGE });
    throw error;
  }
  // An email invitation proved the address already; anyone else gets a link. A failed send leaves the account
  // working, with the banner's "send again".
  if (created.ok && !created.user.emailVerifiedAt) {
    await sendVerificationEmail(created.user, created.organization === null ? `/invite/${input.inviteToken}` : undefined);
  }
  return created;
}

async function joinInvitingOrganization(tx: Tx, invite: InviteView, user: PublicUser, meta: RequestMeta) {
  await joinWithInvite(tx, invite, user, meta);
  await tx.user.update({ where: { id: user.id }, data: { lastActiveOrganizationId: invite.organization.id } });
  return { organization: invite.organization, role: invite.role };
}
