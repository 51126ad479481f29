import "server-only";
import { createElement } from "react";
import { env } from "@/env";
import { ROLE_LABELS } from "@/lib/permissions";
import type { Role } from "@/server/db";
import { sendEmail } from "@/server/email/send";
import { InvitationEmail, invitationSubject } from "@/server/email/templates/invitation-email";
import { withTenant } from "@/server/tenant/scope";

export function acceptUrl(token: string): string {
  return `${env.APP_URL}/invite/${token}`;
}

type Delivery = {
  invite: { id: string; email: string; role: Role; expiresAt: Date };
  token: string;
  organization: { id: string; name: string };
  /** null when an API key invited. */
  inviter: { name: string; email: string } | null;
};

/**
 * Sends the invitation email and records whether it went out. Runs after the invitation is committed: a failed send
 * keeps the invitation, and the admin is told to copy the link or resend.
 */
export async function deliverInvitation({ invite, token, organization, inviter }: Delivery): Promise<{ sent: boolean }> {
  const result = await sendEmail({
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
  });
  const sent = result.ok;
  await withTenant({ organization }, (tx) =>
    tx.invitation.updateMany({
      where: { id: invite.id, organizationId: organization.id },
      data: sent ? { delivery: "SENT", sentAt: new Date() } : { delivery: "FAILED" },
    }),
  );
  return { sent };
}
