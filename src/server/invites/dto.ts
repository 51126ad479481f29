import "server-only";
import type { Prisma, Role } from "@/server/db";

export type InviteStatus = "pending" | "expired" | "accepted" | "revoked";

/** The columns an invitation's status is computed from (inviteStatus). */
export const inviteStateSelect = { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true } as const;

export const inviteSelect = {
  ...inviteStateSelect,
  delivery: true,
  sentAt: true,
  createdAt: true,
  invitedBy: { select: { id: true, name: true, email: true } },
} satisfies Prisma.InvitationSelect;

export type InviteRow = Prisma.InvitationGetPayload<{ select: typeof inviteSelect }>;

/** What leaves the server for an invitation: never the token or its hash. */
export type InviteDto = {
  id: string;
  email: string;
  role: Role;
  status: InviteStatus;
  expiresAt: Date;
  createdAt: Date;
  invitedBy: { id: string; name: string; email: string } | null;
  /** Whether the last invitation email went out: "failed" means copy the link (shown once) or resend. */
  emailDelivery: "sending" | "sent" | "failed";
  sentAt: Date | null;
};

export function inviteStatus(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InviteStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt <= now ? "expired" : "pending";
}

export function toInviteDto(row: InviteRow): InviteDto {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: inviteStatus(row),
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    invitedBy: row.invitedBy,
    emailDelivery: row.delivery === "SENT" ? "sent" : row.delivery === "FAILED" ? "failed" : "sending",
    sentAt: row.sentAt,
  };
}
