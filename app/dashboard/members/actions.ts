"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/form-state";
import { fieldErrors } from "@/lib/validation/errors";
import { ROLE_LABELS } from "@/lib/permissions";
import { createInviteLinkSchema, createInviteSchema } from "@/lib/validation/invites";
import { changeMemberRoleSchema } from "@/lib/validation/members";
import { requireOrgAction } from "@/server/auth/require-action";
import { requestMeta } from "@/server/http/request-meta";
import { createInviteLink, revokeInviteLink } from "@/server/invite-links/mutations";
import { createInvite, resendInvite, revokeInvite, type SentInvite } from "@/server/invites/mutations";
import { changeMemberRole, removeMember } from "@/server/members/mutations";

const NEXT = "/dashboard/members";

/** A form's outcome, plus the link to copy when an email could not be sent or a shareable link was made. */
export type InviteFormState = FormState & { link?: string };

function sentState(sent: SentInvite, verb: string): InviteFormState {
  if (sent.emailSent) return { status: "success", message: `Invitation ${verb} to ${sent.invite.email}.` };
  // The admin's own invitation: showing its link once, here, is how they reach the person without email.
  return {
    status: "error",
    message: `The invitation to ${sent.invite.email} is saved, but the email failed. Copy the link below and send it yourself, or resend it later.`,
    link: sent.acceptUrl,
  };
}

export async function inviteMemberAction(_previous: InviteFormState, formData: FormData): Promise<InviteFormState> {
  const values = formValues(formData, ["email", "role"] as const);
  const auth = await requireOrgAction(formData, "members.invite", NEXT);
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const parsed = createInviteSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: "Please fix the highlighted fields.", fields: fieldErrors(parsed.error), values };

  const result = await createInvite(auth.ctx, parsed.data, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message, fields: result.fields, values };
  revalidatePath(NEXT);
  return sentState(result, "sent");
}

export async function resendInviteAction(inviteId: string, _previous: InviteFormState, formData: FormData): Promise<InviteFormState> {
  const auth = await requireOrgAction(formData, "members.invite", NEXT);
  if (!auth.ok) return { status: "error", message: auth.message };
  const result = await resendInvite(auth.ctx, inviteId, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message };
  revalidatePath(NEXT);
  return sentState(result, "sent again");
}

export async function revokeInviteAction(inviteId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await requireOrgAction(formData, "members.invite", NEXT);
  if (!auth.ok) return { status: "error", message: auth.message };
  const result = await revokeInvite(auth.ctx, inviteId, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message };
  revalidatePath(NEXT);
  return { status: "success", message: "Invitation revoked." };
}

export async function createInviteLinkAction(_previous: InviteFormState, formData: FormData): Promise<InviteFormState> {
  const values = formValues(formData, ["role", "maxUses", "expiresInDays", "allowedDomain"] as const);
  const auth = await requireOrgAction(formData, "members.invite", NEXT);
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const parsed = createInviteLinkSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: "Please fix the highlighted fields.", fields: fieldErrors(parsed.error), values };

  const result = await createInviteLink(auth.ctx, parsed.data, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message, values };
  revalidatePath(NEXT);
  return { status: "success", message: "Link created. Copy it now: for your security it is shown only once.", link: result.url };
}

export async function revokeInviteLinkAction(linkId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await requireOrgAction(formData, "members.invite", NEXT);
  if (!auth.ok) return { status: "error", message: auth.message };
  const result = await revokeInviteLink(auth.ctx, linkId, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message };
  revalidatePath(NEXT);
  return { status: "success", message: "Link revoked." };
}

export async function changeMemberRoleAction(userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await requireOrgAction(formData, "members.role.update", NEXT);
  if (!auth.ok) return { status: "error", message: auth.message };
  const parsed = changeMemberRoleSchema.safeParse({ role: formData.get("role") });
  if (!parsed.success) return { status: "error", message: "Choose a role." };

  const result = await changeMemberRole(auth.ctx, userId, parsed.data.role, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message };
  revalidatePath(NEXT);
  return { status: "success", message: `${result.member.user.name} is now ${ROLE_LABELS[result.member.role].toLowerCase()}.` };
}

/** Removes a member, or leaves when `userId` is the signed-in user's own; leaving ends on the next organization. */
export async function removeMemberAction(userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await requireOrgAction(formData, null, NEXT);
  if (!auth.ok) return { status: "error", message: auth.message };

  const result = await removeMember(auth.ctx, userId, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message };
  if (result.left) redirect("/dashboard");
  revalidatePath(NEXT);
  return { status: "success", message: "Member removed." };
}
