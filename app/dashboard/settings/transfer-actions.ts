"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/form-state";
import { fieldErrors } from "@/lib/validation/errors";
import { requestTransferByEmailSchema, requestTransferSchema } from "@/lib/validation/ownership";
import { requireOrgAction } from "@/server/auth/require-action";
import { requestMeta } from "@/server/http/request-meta";
import { acceptTransfer } from "@/server/ownership/accept-transfer";
import { cancelTransfer, declineTransfer, requestTransfer, requireOwner, type Nominee } from "@/server/ownership/transfer-requests";

// Where a signed-out submitter comes back to: the nominee answers from the overview, owners work in settings.
const SETTINGS = "/dashboard/settings";
const OVERVIEW = "/dashboard";

/** Roles change for everyone who sees the header (role badge, menu, permissions): refresh the whole dashboard. */
function refreshDashboard() {
  revalidatePath("/dashboard", "layout");
}

/** An owner nominates a member, chosen from the list (`userId`) or, in a large organization, by `email`. */
export async function requestTransferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const byEmail = formData.has("email");
  const field = byEmail ? "email" : "userId";
  const values = formValues(formData, [field]);
  const auth = await requireOrgAction(formData, null, SETTINGS);
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const owner = requireOwner(auth.ctx);
  if (!owner.ok) return { status: "error", message: owner.message, values };

  let nominee: Nominee;
  if (byEmail) {
    const parsed = requestTransferByEmailSchema.safeParse(values);
    if (!parsed.success) return { status: "error", message: "Please fix the highlighted field.", fields: fieldErrors(parsed.error), values };
    nominee = parsed.data;
  } else {
    const parsed = requestTransferSchema.safeParse(values);
    if (!parsed.success) return { status: "error", message: "Please fix the highlighted field.", fields: fieldErrors(parsed.error), values };
    nominee = parsed.data;
  }

  const result = await requestTransfer(auth.ctx, nominee, requestMeta(await headers()));
  if (!result.ok) {
    const problem = result.fields?.userId ?? (result.code === "NOT_FOUND" ? notAMember(byEmail) : undefined);
    return { status: "error", message: result.message, fields: problem ? { [field]: problem } : undefined, values };
  }
  refreshDashboard();
  return { status: "success", message: `${result.transfer.to.name} has been asked to accept ownership of ${auth.ctx.organization.name}.` };
}

function notAMember(byEmail: boolean) {
  return byEmail ? "No member of this organization has this email address. Invite them first." : "This person is no longer a member.";
}

/** An owner withdraws the nomination. */
export async function cancelTransferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await requireOrgAction(formData, null, SETTINGS);
  if (!auth.ok) return { status: "error", message: auth.message };
  const result = await cancelTransfer(auth.ctx, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message };
  refreshDashboard();
  return { status: "success", message: "The ownership transfer is cancelled. Nothing changed." };
}

/** The nominee turns the nomination down. */
export async function declineTransferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await requireOrgAction(formData, null, OVERVIEW);
  if (!auth.ok) return { status: "error", message: auth.message };
  const result = await declineTransfer(auth.ctx, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message };
  refreshDashboard();
  return { status: "success", message: `You declined. Your role in ${auth.ctx.organization.name} stays as it was.` };
}

/** The nominee accepts: they become an owner and the owner who asked an admin. */
export async function acceptTransferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await requireOrgAction(formData, null, OVERVIEW);
  if (!auth.ok) return { status: "error", message: auth.message };
  const result = await acceptTransfer(auth.ctx, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message };
  refreshDashboard();
  return { status: "success", message: `You are now an owner of ${auth.ctx.organization.name}.` };
}
