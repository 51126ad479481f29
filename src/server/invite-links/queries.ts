import "server-only";
import type { OrgContext } from "@/server/auth/context";
import { readTenant } from "@/server/tenant/scope";
import { inviteLinkSelect, toInviteLinkDto, type InviteLinkDto } from "./dto";

export const INVITE_LINKS_SHOWN = 100;

/** The organization's invite links that were not revoked, newest first (expired and used-up ones included). */
export async function listInviteLinks(ctx: OrgContext): Promise<InviteLinkDto[]> {
  const rows = await readTenant(ctx, (tx) =>
    tx.inviteLink.findMany({
      where: { organizationId: ctx.organization.id, revokedAt: null },
      select: inviteLinkSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: INVITE_LINKS_SHOWN,
    }),
  );
  return rows.map(toInviteLinkDto);
}
