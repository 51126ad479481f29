import "server-only";
import { canGrantRole, ROLE_LABELS } from "@/lib/permissions";
import type { CreateInviteLinkInput } from "@/lib/validation/invites";
import { audit } from "@/server/audit/record";
import { actingRole } from "@/server/permissions";
import type { OrgContext } from "@/server/auth/context";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { isId } from "@/server/ids";
import { acceptUrl } from "@/server/invites/deliver";
import { newInviteToken } from "@/server/invites/token";
import { withTenant } from "@/server/tenant/scope";
import { inviteLinkSelect, toInviteLinkDto, type InviteLinkDto } from "./dto";

/** The link itself is shown once, at creation: only its hash is kept, like every token. */
export async function createInviteLink(
  ctx: OrgContext,
  input: CreateInviteLinkInput,
  meta: RequestMeta,
): Promise<Result<{ link: InviteLinkDto; url: string }>> {
  if (!canGrantRole(actingRole(ctx), input.role)) {
    return fail("FORBIDDEN", `You cannot hand out the ${ROLE_LABELS[input.role]} role: it is above yours.`);
  }
  const { token, tokenHash } = newInviteToken();
  const link = await withTenant(ctx, async (tx) => {
    const created = await tx.inviteLink.create({
      data: {
        organizationId: ctx.organization.id,
        tokenHash,
        role: input.role,
        maxUses: input.maxUses,
        allowedDomain: input.allowedDomain ?? null,
        expiresAt: new Date(Date.now() + input.expiresInDays * 24 * 60 * 60 * 1000),
        createdById: ctx.user?.id ?? null,
      },
      select: inviteLinkSelect,
    });
    await audit(tx, ctx, meta, {
      action: "invite_link.created",
      targetType: "invite_link",
      targetId: created.id,
      metadata: {
        role: input.role,
        maxUses: input.maxUses,
        allowedDomain: input.allowedDomain ?? null,
        expiresInDays: input.expiresInDays,
      },
    });
    return created;
  });
  return { ok: true, link: toInviteLinkDto(link), url: acceptUrl(token) };
}

export async function revokeInviteLink(ctx: OrgContext, id: string, meta: RequestMeta): Promise<Result<object>> {
  if (!isId(id)) return inviteLinkNotFound();
  return withTenant(ctx, async (tx) => {
    const found = await tx.inviteLink.findFirst({ where: { id, organizationId: ctx.organization.id }, select: { revokedAt: true } });
    if (!found) return inviteLinkNotFound();
    if (found.revokedAt) return { ok: true as const };
    await tx.inviteLink.update({ where: { id, organizationId: ctx.organization.id }, data: { revokedAt: new Date() } });
    await audit(tx, ctx, meta, {
      action: "invite_link.revoked",
      targetType: "invite_link",
      targetId: id,
    });
    return { ok: true as const };
  });
}

function inviteLinkNotFound() {
  return fail("NOT_FOUND", "Invite link not found.");
}
