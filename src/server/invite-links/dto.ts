import "server-only";
import type { Prisma, Role } from "@/server/db";

export type InviteLinkStatus = "active" | "expired" | "used_up" | "revoked";

/** The columns a link's status is computed from (inviteLinkStatus), and whom it admits. */
export const inviteLinkStateSelect = {
  id: true,
  role: true,
  allowedDomain: true,
  maxUses: true,
  useCount: true,
  expiresAt: true,
  revokedAt: true,
} as const;

export const inviteLinkSelect = {
  ...inviteLinkStateSelect,
  createdAt: true,
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.InviteLinkSelect;

type InviteLinkRow = Prisma.InviteLinkGetPayload<{ select: typeof inviteLinkSelect }>;

export type InviteLinkDto = {
  id: string;
  role: Role;
  allowedDomain: string | null;
  maxUses: number;
  useCount: number;
  expiresAt: Date;
  status: InviteLinkStatus;
  createdAt: Date;
  createdBy: { id: string; name: string } | null;
};

export function inviteLinkStatus(
  row: { revokedAt: Date | null; expiresAt: Date; useCount: number; maxUses: number },
  now = new Date(),
): InviteLinkStatus {
  if (row.revokedAt) return "revoked";
  if (row.expiresAt <= now) return "expired";
  return row.useCount >= row.maxUses ? "used_up" : "active";
}

export function toInviteLinkDto({ revokedAt, ...row }: InviteLinkRow): InviteLinkDto {
  return { ...row, status: inviteLinkStatus({ ...row, revokedAt }) };
}
