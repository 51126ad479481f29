import type { Metadata } from "next";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { CursorPager } from "@/components/ui/cursor-pager";
import { Notice } from "@/components/ui/notice";
import { SearchForm } from "@/components/ui/search-form";
import { RoleBadge } from "@/components/ui/role-badge";
import { env } from "@/env";
import { formatDate } from "@/lib/format";
import { grantableRoles } from "@/lib/permissions";
import { listMembersQuery } from "@/lib/validation/members";
import { requireOrgPage } from "@/server/auth/require-page";
import { listInviteLinks } from "@/server/invite-links/queries";
import type { InviteLinkDto } from "@/server/invite-links/dto";
import type { InviteDto } from "@/server/invites/dto";
import { listOpenInvites } from "@/server/invites/queries";
import { listMemberRows } from "@/server/members/controls";
import { can } from "@/server/permissions";
import { InviteActions } from "./_components/invite-actions";
import { InviteForm } from "./_components/invite-form";
import { LockedFeature } from "../billing/_components/locked-feature";
import { InviteLinkForm } from "./_components/invite-link-form";
import { MemberRoleForm, RemoveMemberButton } from "./_components/member-actions";
import { revokeInviteLinkAction } from "./actions";

export const metadata: Metadata = { title: "Members" };

const PAGE_SIZE = 50;
const CARD = "rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900";

type Props = { searchParams: Promise<{ q?: string | string[]; cursor?: string | string[] }> };

export default async function MembersPage({ searchParams }: Props) {
  const ctx = await requireOrgPage("/dashboard/members");
  const query = listMembersQuery.safeParse(await searchParams);
  const { q, cursor } = query.success ? query.data : { q: undefined, cursor: undefined };
  const invite = can(ctx, "members.invite");
  const [page, invites, links] = await Promise.all([
    listMemberRows(ctx, { q, cursor, limit: PAGE_SIZE }),
    invite ? listOpenInvites(ctx) : Promise.resolve([]),
    invite ? listInviteLinks(ctx) : Promise.resolve([]),
  ]);
  const { members, nextCursor } = page;

  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Members</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Everyone in {ctx.organization.name}
          {invite ? ", and the invitations waiting for an answer." : "."}
        </p>
      </div>

      <section aria-labelledby="members-heading" className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <h2 id="members-heading" className="font-medium">
              {q ? `Members matching “${q}”` : cursor ? "Members (continued)" : "Members"}
            </h2>
            <SearchForm action="/dashboard/members" id="member-search" label="Search members" placeholder="Search name or email" q={q} />
          </div>
          {!query.success && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              That search is too long; showing everyone.
            </p>
          )}
          {members.length === 0 ? (
            <Notice title={q ? "No members match" : "No more members"}>
              {q ? `Nobody's name or email contains “${q}”. ` : ""}
              <a href="/dashboard/members" className="font-medium underline">
                Show all members
              </a>
            </Notice>
          ) : (
            <ul aria-label="Members" className={`divide-y divide-zinc-200 dark:divide-zinc-800 ${CARD}`}>
              {members.map((member) => {
                const { self, roles, removal } = member.controls;
                const row = { id: member.user.id, name: member.user.name, role: member.role };
                return (
                  <li key={member.user.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                    <div className="min-w-0">
                      <p className="truncate font-medium">
                        {member.user.name}
                        {self && <span className="ml-1.5 text-xs font-normal text-zinc-600 dark:text-zinc-400">(you)</span>}
                      </p>
                      <p className="truncate text-xs text-zinc-600 dark:text-zinc-400">
                        {member.user.email}
                        {member.roles.length > 0 && ` · ${member.roles.map((role) => role.name).join(", ")}`}
                      </p>
                    </div>
                    <div className="flex shrink-0 flex-wrap items-center justify-end gap-3">
                      <span className="hidden text-xs text-zinc-600 sm:inline dark:text-zinc-400">
                        Joined {formatDate(member.joinedAt)}
                      </span>
                      {roles.length > 0 ? (
                        <MemberRoleForm
                          organizationId={ctx.organization.id}
                          member={row}
                          roles={roles}
                          customRoles={member.roles.map((role) => role.name)}
                        />
                      ) : (
                        <RoleBadge role={member.role} />
                      )}
                      {removal && (
                        <RemoveMemberButton
                          organizationId={ctx.organization.id}
                          organizationName={ctx.organization.name}
                          member={row}
                          removal={removal}
                        />
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          <CursorPager path="/dashboard/members" params={{ q }} cursor={cursor} nextCursor={nextCursor} label="Member pages" />
        </div>
        {invite && (
          <div className={`h-fit p-5 ${CARD}`}>
            <h2 className="mb-4 font-medium">Invite by email</h2>
            <InviteForm
              organizationId={ctx.organization.id}
              roles={grantableRoles(ctx.role)}
              expiryDays={env.INVITE_EXPIRY_DAYS}
              devMailbox={env.NODE_ENV !== "production" && !env.RESEND_API_KEY}
            />
          </div>
        )}
      </section>

      {invite && <PendingInvites organizationId={ctx.organization.id} invites={invites} />}
      {invite && (
        <InviteLinks
          organizationId={ctx.organization.id}
          links={links}
          roles={grantableRoles(ctx.role, "MEMBER")}
          linksUnlocked={ctx.entitlements.features.includes("invite-links")}
          canUpgrade={can(ctx, "billing.manage")}
        />
      )}
    </div>
  );
}

function PendingInvites({ organizationId, invites }: { organizationId: string; invites: InviteDto[] }) {
  return (
    <section aria-labelledby="invites-heading" className="space-y-3">
      <h2 id="invites-heading" className="font-medium">
        Pending invitations
      </h2>
      {invites.length === 0 ? (
        <Notice title="No pending invitations">
          Invite someone by email with the form above; their invitation waits here until they answer.
        </Notice>
      ) : (
        <ul aria-label="Pending invitations" className={`divide-y divide-zinc-200 dark:divide-zinc-800 ${CARD}`}>
          {invites.map((invite) => (
            <li key={invite.id} className="grid gap-3 px-4 py-3 sm:grid-cols-[1fr_auto] sm:items-start">
              <div className="min-w-0 space-y-1">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="truncate font-medium">{invite.email}</span>
                  <RoleBadge role={invite.role} />
                  <InviteStatusBadge invite={invite} />
                </p>
                <p className="text-xs text-zinc-600 dark:text-zinc-400">
                  {invite.invitedBy ? `Invited by ${invite.invitedBy.name}` : "Invited by a former member"} ·{" "}
                  {invite.status === "expired" ? `Expired ${formatDate(invite.expiresAt)}` : `Expires ${formatDate(invite.expiresAt)}`}
                </p>
              </div>
              <InviteActions organizationId={organizationId} invite={invite} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function InviteStatusBadge({ invite }: { invite: InviteDto }) {
  const [label, tone] =
    invite.status === "expired"
      ? ["Expired", "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400"]
      : invite.emailDelivery === "failed"
        ? ["Email failed, retrying", "bg-red-50 text-red-700 dark:bg-red-950 dark:text-red-300"]
        : invite.emailDelivery === "sending"
          ? ["Sending email", "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400"]
          : ["Pending", "bg-emerald-50 text-emerald-700 dark:bg-emerald-950 dark:text-emerald-300"];
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${tone}`}>{label}</span>;
}

const LINK_STATUS: Record<InviteLinkDto["status"], string> = {
  active: "Active",
  expired: "Expired",
  used_up: "All uses taken",
  revoked: "Revoked",
};

function InviteLinks({
  organizationId,
  links,
  roles,
  linksUnlocked,
  canUpgrade,
}: {
  organizationId: string;
  links: InviteLinkDto[];
  roles: ReturnType<typeof grantableRoles>;
  linksUnlocked: boolean;
  canUpgrade: boolean;
}) {
  return (
    <section aria-labelledby="links-heading" className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="min-w-0 space-y-3">
        <h2 id="links-heading" className="font-medium">
          Invite links
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Anyone with a link can join until it expires or its uses run out. Each use is recorded in the audit log.
        </p>
        {links.length === 0 ? (
          <Notice title="No invite links">Create one to share in a team chat instead of inviting people one by one.</Notice>
        ) : (
          <ul aria-label="Invite links" className={`divide-y divide-zinc-200 dark:divide-zinc-800 ${CARD}`}>
            {links.map((link) => (
              <li key={link.id} className="px-4 py-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <RoleBadge role={link.role} />
                    <span>
                      {link.useCount} of {link.maxUses} uses
                    </span>
                    <span className="text-zinc-600 dark:text-zinc-400">· {LINK_STATUS[link.status]}</span>
                  </p>
                  <ConfirmButton
                    organizationId={organizationId}
                    action={revokeInviteLinkAction.bind(null, link.id)}
                    trigger="Revoke…"
                    triggerLabel={`Revoke the ${link.role.toLowerCase()} link created ${formatDate(link.createdAt)}`}
                    confirm="Revoke link"
                    pending="Revoking…"
                  >
                    Revoke this link? Nobody else can join with it; people who already joined stay members.
                  </ConfirmButton>
                </div>
                <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                  {link.allowedDomain ? `Only @${link.allowedDomain} · ` : "Any address · "}
                  {link.status === "expired" ? "expired" : "expires"} {formatDate(link.expiresAt)}
                  {link.createdBy && ` · created by ${link.createdBy.name}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={`h-fit p-5 ${CARD}`}>
        <h2 className="mb-4 font-medium">New invite link</h2>
        {linksUnlocked ? (
          <InviteLinkForm organizationId={organizationId} roles={roles} />
        ) : (
          <LockedFeature feature="invite-links" canUpgrade={canUpgrade}>
            One link to share in a channel instead of an email per person. Links already made keep working.
          </LockedFeature>
        )}
      </div>
    </section>
  );
}
