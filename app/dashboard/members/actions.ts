"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { ROLE_LABELS } from "@/lib/permissions";
import { orgAction } from "@/server/http/declare-action";
import { createInviteLink, revokeInviteLink } from "@/server/invite-links/mutations";
import { createInvite, resendInvite, revokeInvite, type SentInvite } from "@/server/invites/mutations";
import { inviteOperations } from "@/server/invites/operations";
import { changeMemberRole, removeMember } from "@/server/members/mutations";
import { memberOperations } from "@/server/members/operations";

const PAGE = "/dashboard/members";

/** A form's outcome, plus the link to copy when a shareable link was made (invite links). */
export type InviteFormState = FormState & { link?: string };

function sentState(sent: SentInvite, verb: string): FormState {
  // The email is queued with the invitation; whether it went out shows in the list (and it is retried until it does).
  return { status: "success", message: `Invitation ${verb} to ${sent.invite.email}: the email goes out in a moment.` };
}

export const inviteMemberAction = orgAction(inviteOperations.create, async ({ ctx, input, meta }) => {
  const result = await createInvite(ctx, input, meta);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return sentState(result, "sent");
});

export const resendInviteAction = orgAction(inviteOperations.resend, async ({ ctx, meta }, inviteId) => {
  const result = await resendInvite(ctx, inviteId, meta);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return sentState(result, "sent again");
});

export const revokeInviteAction = orgAction(inviteOperations.revoke, async ({ ctx, meta }, inviteId: string) => {
  const result = await revokeInvite(ctx, inviteId, meta);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: "Invitation revoked." };
});

export const createInviteLinkAction = orgAction<typeof inviteOperations.createLink, [], InviteFormState>(
  inviteOperations.createLink,
  async ({ ctx, input, meta }) => {
    const result = await createInviteLink(ctx, input, meta);
    if (!result.ok) return result;
    revalidatePath(PAGE);
    return { status: "success", message: "Link created. Copy it now: for your security it is shown only once.", link: result.url };
  },
);

export const revokeInviteLinkAction = orgAction(inviteOperations.revokeLink, async ({ ctx, meta }, linkId: string) => {
  const result = await revokeInviteLink(ctx, linkId, meta);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: "Link revoked." };
});

export const changeMemberRoleAction = orgAction(memberOperations.changeRole, async ({ ctx, input, meta }, userId: string) => {
  const result = await changeMemberRole(ctx, userId, input.role, meta);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: `${result.member.user.name} is now ${ROLE_LABELS[result.member.role].toLowerCase()}.` };
});

/** Removes a member, or leaves when `userId` is the signed-in user's own; leaving ends on the next organization. */
export const removeMemberAction = orgAction(memberOperations.remove, async ({ ctx, meta }, userId: string) => {
  const result = await removeMember(ctx, userId, meta);
  if (!result.ok) return result;
  if (result.left) redirect("/dashboard");
  revalidatePath(PAGE);
  return { status: "success", message: "Member removed." };
});
