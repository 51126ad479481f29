"use server";

import { revalidatePath } from "next/cache";
import { fieldErrors } from "@/lib/validation/errors";
import { requestTransferByEmailSchema, requestTransferSchema } from "@/lib/validation/ownership";
import { orgAction } from "@/server/http/declare-action";
import { fail } from "@/server/results/result";
import { acceptTransfer } from "@/server/ownership/accept-transfer";
import { ownershipOperations } from "@/server/ownership/operations";
import { cancelTransfer, declineTransfer, requestTransfer, type Nominee } from "@/server/ownership/transfer-requests";

/** Roles change for everyone who sees the header (role badge, menu, permissions): refresh the whole dashboard. */
function refreshDashboard() {
  revalidatePath("/dashboard", "layout");
}

/**
 * An owner nominates a member, chosen from the list (`userId`) or, in a large organization, by `email`: the form
 * says which, so it is validated here rather than by the operation's JSON schema.
 */
export const requestTransferAction = orgAction({ ...ownershipOperations.request, body: undefined }, async ({ ctx, formData, meta }) => {
  const byEmail = formData.has("email");
  const field = byEmail ? "email" : "userId";
  const parsed = (byEmail ? requestTransferByEmailSchema : requestTransferSchema).safeParse({ [field]: formData.get(field) ?? "" });
  if (!parsed.success) return fail("VALIDATION_FAILED", "Please fix the highlighted field.", fieldErrors(parsed.error));

  const result = await requestTransfer(ctx, parsed.data as Nominee, meta);
  if (!result.ok) {
    const problem = result.fields?.userId ?? (result.code === "NOT_FOUND" ? notAMember(byEmail) : undefined);
    return problem ? { ...result, fields: { [field]: problem } } : { ...result, fields: undefined };
  }
  refreshDashboard();
  return { status: "success", message: `${result.transfer.to.name} has been asked to accept ownership of ${ctx.organization.name}.` };
});

function notAMember(byEmail: boolean) {
  return byEmail ? "No member of this organization has this email address. Invite them first." : "This person is no longer a member.";
}

/** An owner withdraws the nomination. */
export const cancelTransferAction = orgAction(ownershipOperations.close, async ({ ctx, meta }) => {
  const result = await cancelTransfer(ctx, meta);
  if (!result.ok) return result;
  refreshDashboard();
  return { status: "success", message: "The ownership transfer is cancelled. Nothing changed." };
});

/** The nominee turns the nomination down. */
export const declineTransferAction = orgAction(ownershipOperations.close, async ({ ctx, meta }) => {
  const result = await declineTransfer(ctx, meta);
  if (!result.ok) return result;
  refreshDashboard();
  return { status: "success", message: `You declined. Your role in ${ctx.organization.name} stays as it was.` };
});

/** The nominee accepts: they become an owner and the owner who asked an admin. */
export const acceptTransferAction = orgAction(ownershipOperations.accept, async ({ ctx, meta }) => {
  const result = await acceptTransfer(ctx, meta);
  if (!result.ok) return result;
  refreshDashboard();
  return { status: "success", message: `You are now an owner of ${ctx.organization.name}.` };
});
