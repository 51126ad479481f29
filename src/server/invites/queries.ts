import "server-only";
import type { OrgContext } from "@/server/auth/context";
import { readTenant } from "@/server/tenant/scope";
import { inviteSelect, toInviteDto, type InviteDto } from "./dto";

export const OPEN_INVITES_SHOWN = 500;

/** Invitations still waiting for an answer (pending or expired, not yet replaced or revoked), newest first. */
export async function listOpenInvites(ctx: OrgContext): Promise<InviteDto[]> {
  const rows = await readTenant(ctx, (tx) =>
    tx.invitation.findMany({
      where: { organizationId: ctx.organization.id, pendingEmail: { not: null } },
      select: inviteSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: OPEN_INVITES_SHOWN,
    }),
  );
  return rows.map(toInviteDto);
}
