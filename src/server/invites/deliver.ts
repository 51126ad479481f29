import "server-only";
import { createElement } from "react";
import { env } from "@/env";
import { ROLE_LABELS } from "@/lib/permissions";
import type { Role } from "@/server/db";
import type { OutgoingEmail } from "@/server/email/send";
import { InvitationEmail, invitationSubject } from "@/server/email/templates/invitation-email";
import { withTenant } from "@/server/tenant/scope";

export function acceptUrl(token: string): string {
  return `${env.APP_URL}/invite/${token}`;
}

type Invitation = {
  invite: { email: string; role: Role; expiresAt: Date };
  token: string;
  organization: { name: string };
  /** null when an API key invited. */
  inviter: { name: string; email: string } | null;
};

/** The invitation email, to be queued with the invitation it carries the token of (email/queue.ts). */
export function invitationEmail({ invite, token, organization, inviter }: Invitation): OutgoingEmail {
  return {
    kind: "invitation",
    to: invite.email,
    subject: invitationSubject({ inviterName: inviter?.name ?? null, organizationName: organization.name }),
    react: createElement(InvitationEmail, {
      inviterName: inviter?.name ?? null,
      inviterEmail: inviter?.email ?? null,
      organizationName: organization.name,
      roleLabel: ROLE_LABELS[invite.role],
      acceptUrl: acceptUrl(token),
      expiresAt: invite.expiresAt,
    }),
  };
}

/**
 * What the last attempt to send an invitation's email did, for the members page: SENT, or FAILED while the queue
 * keeps retrying (a resend replaces the token and starts again).
 */
export async function recordInvitationDelivery(organizationId: string, invitationId: string, sent: boolean): Promise<void> {
  await withTenant({ organization: { id: organizationId } }, (tx) =>
    tx.invitation.updateMany({
      where: { id: invitationId, organizationId },
      data: sent ? { delivery: "SENT", sentAt: new Date() } : { delivery: "FAILED" },
    }),
  );
}
