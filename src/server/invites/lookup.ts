import "server-only";
import { formatDate } from "@/lib/format";
import { ROLE_LABELS } from "@/lib/permissions";
import { INVITE_TOKEN_PATTERN } from "@/lib/validation/invites";
import { db, type Role } from "@/server/db";
import { fail, type Failure } from "@/server/results/result";
import { inviteLinkStateSelect, inviteLinkStatus } from "@/server/invite-links/dto";
import { inviteStateSelect, inviteStatus } from "./dto";
import { hashInviteToken } from "./token";

export type InviteState = "open" | "expired" | "used" | "revoked";

/** What a token opens: an email invitation or an invite link, with what the accept page shows. */
export type InviteView = {
  kind: "email" | "link";
  id: string;
  organization: { id: string; name: string; slug: string };
  role: Role;
  /** Email invitations: the invited address. */
  email: string | null;
  /** Invite links: the only domain allowed, if any. */
  allowedDomain: string | null;
  /** Who sent the invitation or made the link: whom to ask when it no longer works. */
  inviter: { name: string; email: string } | null;
  expiresAt: Date;
  state: InviteState;
};

const organizationSelect = { select: { id: true, name: true, slug: true } } as const;
const personSelect = { select: { name: true, email: true } } as const;

/**
 * Finds what a token opens, by its hash. This runs as the server, not as a tenant: the visitor is not a member of
 * the organization yet, and holding the token is what entitles them to see the invitation.
 */
export async function findInviteByToken(token: string): Promise<InviteView | null> {
  if (!INVITE_TOKEN_PATTERN.test(token)) return null;
  const tokenHash = hashInviteToken(token);
  // A deleted organization's invitations open nothing: "not found", as if it had never existed.
  const invitation = await db.invitation.findFirst({
    where: { tokenHash, organization: { deletedAt: null } },
    select: { ...inviteStateSelect, organization: organizationSelect, invitedBy: personSelect },
  });
  if (invitation) {
    const status = inviteStatus(invitation);
    return {
      kind: "email",
      id: invitation.id,
      organization: invitation.organization,
      role: invitation.role,
      email: invitation.email,
      allowedDomain: null,
      inviter: invitation.invitedBy,
      expiresAt: invitation.expiresAt,
      state: status === "pending" ? "open" : status === "accepted" ? "used" : status,
    };
  }
  const link = await db.inviteLink.findFirst({
    where: { tokenHash, organization: { deletedAt: null } },
    select: { ...inviteLinkStateSelect, organization: organizationSelect, createdBy: personSelect },
  });
  if (!link) return null;
  const status = inviteLinkStatus(link);
  return {
    kind: "link",
    id: link.id,
    organization: link.organization,
    role: link.role,
    email: null,
    allowedDomain: link.allowedDomain,
    inviter: link.createdBy,
    expiresAt: link.expiresAt,
    state: status === "active" ? "open" : status === "used_up" ? "used" : status,
  };
}

export function inviteNotFoundByToken(): Failure {
  return fail(
    "NOT_FOUND",
    "This invitation link is not valid. It may have been replaced by a newer email: open the link in the most recent one, or ask for a new invitation.",
  );
}

/** Whom to ask for a new invitation, in words. */
export function whomToAsk(view: InviteView): string {
  return view.inviter ? `${view.inviter.name} (${view.inviter.email})` : `an admin of ${view.organization.name}`;
}

/** Why a token no longer works, as the 410 the API answers and the accept page shows; null while it still works. */
export function closedInvite(view: InviteView): Failure | null {
  const ask = `Ask ${whomToAsk(view)} for a new one.`;
  switch (view.state) {
    case "open":
      return null;
    case "expired":
      return fail("INVITE_EXPIRED", `This invitation to ${view.organization.name} expired on ${formatDate(view.expiresAt)}. ${ask}`);
    case "used":
      return fail(
        "INVITE_USED",
        view.kind === "email"
          ? `This invitation to ${view.organization.name} has already been accepted. If that was you, log in to continue.`
          : `This invite link to ${view.organization.name} has been used as many times as allowed. ${ask}`,
      );
    case "revoked":
      return fail("INVITE_REVOKED", `This invitation to ${view.organization.name} was withdrawn or replaced by a newer one. ${ask}`);
  }
}

/** Whether the account with `email` may use the invitation: its own address, or one at the link's domain. */
export function refuseEmail(view: InviteView, email: string): Failure | null {
  if (view.kind === "email" && view.email !== email) {
    return fail(
      "EMAIL_MISMATCH",
      `This invitation is for ${view.email}, not for ${email}. Log in or sign up as ${view.email} to accept it.`,
    );
  }
  if (view.kind === "link" && view.allowedDomain && email.split("@").pop() !== view.allowedDomain) {
    return fail(
      "EMAIL_DOMAIN_NOT_ALLOWED",
      `This invite link only works for @${view.allowedDomain} addresses, and ${email} is not one. Use an account with an @${view.allowedDomain} address.`,
    );
  }
  return null;
}

/**
 * A link restricted to a domain admits only an address its owner has proved: anyone can sign up as ceo@corp.example,
 * only the owner of that mailbox can open the verification link sent to it.
 */
export function refuseUnverified(view: InviteView, user: { email: string; emailVerifiedAt: Date | null }): Failure | null {
  if (view.kind !== "link" || !view.allowedDomain || user.emailVerifiedAt) return null;
  return fail(
    "EMAIL_NOT_VERIFIED",
    `This invite link admits verified @${view.allowedDomain} addresses only. Open the verification link we sent to ${user.email}; it brings you back here to join.`,
  );
}

export function roleLabelOf(view: InviteView): string {
  return ROLE_LABELS[view.role];
}
