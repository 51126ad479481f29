import "server-only";
import { canGrantRole, grantableRoles, type BaseRole } from "@/lib/permissions";
import type { MemberContext } from "@/server/auth/context";
import { can } from "@/server/permissions";
import { readTenant } from "@/server/tenant/scope";
import { listMembers, type MemberDto } from "./queries";

/**
 * What the viewer may do to one member, by the rules changeMemberRole and removeMember enforce (mutations.ts): a
 * page shows these controls and no others, and the service refuses the rest anyway.
 */
export type MemberControls = {
  self: boolean;
  /** The base roles the viewer may set here; empty when the role cannot be changed by them. */
  roles: BaseRole[];
  /** "remove" someone else, "leave" for oneself; "last-owner" when oneself is the last owner (who cannot leave). */
  removal: "remove" | "leave" | "last-owner" | null;
};

export function controlsOf(ctx: MemberContext, member: Pick<MemberDto, "user" | "role">, owners: number): MemberControls {
  const self = member.user.id === ctx.user.id;
  const lastOwner = member.role === "OWNER" && owners <= 1;
  // Nobody acts on a member above their own base role: admins cannot demote or remove owners.
  const reachable = canGrantRole(ctx.role, member.role);
  const roles = can(ctx, "members.role.update") && reachable && !(self && lastOwner) ? grantableRoles(ctx.role) : [];
  const removal = self ? (lastOwner ? "last-owner" : "leave") : can(ctx, "members.remove") && reachable ? "remove" : null;
  return { self, roles, removal };
}

export type MemberRow = MemberDto & { controls: MemberControls };

/** A page of members for the members page: each with the controls the viewer may use on them. */
export async function listMemberRows(
  ctx: MemberContext,
  options: { q?: string; cursor?: string; limit: number },
): Promise<{ members: MemberRow[]; nextCursor: string | null }> {
  const [page, owners] = await Promise.all([listMembers(ctx, options), countOwners(ctx)]);
  return { members: page.members.map((member) => ({ ...member, controls: controlsOf(ctx, member, owners) })), nextCursor: page.nextCursor };
}

/** How many owners the organization has: its last one may neither leave nor be demoted. */
export async function countOwners(ctx: MemberContext): Promise<number> {
  return readTenant(ctx, (tx) => tx.membership.count({ where: { organizationId: ctx.organization.id, role: "OWNER" } }));
}
