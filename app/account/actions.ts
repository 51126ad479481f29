"use server";

import { cookies, headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/form-state";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, updateProfileSchema } from "@/lib/validation/account";
import { fieldErrors } from "@/lib/validation/errors";
import { deleteAccount } from "@/server/account/deletion";
import { cancelEmailChange, changePassword, requestEmailChange, updateName } from "@/server/account/profile";
import { revokeAccountSession, revokeAllAccountSessions } from "@/server/account/sessions";
import { resendVerificationEmail } from "@/server/account/verification";
import { clearSessionCookie } from "@/server/auth/cookie";
import { requireViewer } from "@/server/auth/require-page";
import { requestMeta } from "@/server/http/request-meta";

const PAGE = "/account";
const FIX_FIELDS = "Please fix the highlighted fields.";

export async function updateNameAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name"] as const);
  const ctx = await requireViewer(PAGE);
  const parsed = updateProfileSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: FIX_FIELDS, fields: fieldErrors(parsed.error), values };
  const result = await updateName(ctx, parsed.data.name);
  if (!result.ok) return { status: "error", message: result.message, values };
  revalidatePath("/", "layout");
  return { status: "success", message: "Name saved.", values: { name: result.user.name } };
}

export async function changeEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { password, ...values } = formValues(formData, ["email", "password"] as const);
  const ctx = await requireViewer(PAGE);
  const parsed = changeEmailSchema.safeParse({ ...values, password });
  if (!parsed.success) return { status: "error", message: FIX_FIELDS, fields: fieldErrors(parsed.error), values };
  const result = await requestEmailChange(ctx, parsed.data);
  if (!result.ok) return { status: "error", message: result.message, fields: result.fields, values };
  revalidatePath(PAGE);
  const outcome = result.sent
    ? `We sent a link to ${result.pendingEmail}. Your address changes when you open it; until then, keep signing in with ${ctx.user.email}.`
    : `The email to ${result.pendingEmail} could not be sent. Try again in a moment.`;
  return { status: result.sent ? "success" : "error", message: outcome };
}

export async function cancelEmailChangeAction(): Promise<void> {
  const ctx = await requireViewer(PAGE);
  await cancelEmailChange(ctx);
  revalidatePath(PAGE);
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { currentPassword, newPassword, confirm } = formValues(formData, ["currentPassword", "newPassword", "confirm"] as const);
  const ctx = await requireViewer(PAGE);
  const parsed = changePasswordSchema.safeParse({ currentPassword, newPassword });
  if (!parsed.success) return { status: "error", message: FIX_FIELDS, fields: fieldErrors(parsed.error) };
  if (confirm !== newPassword) return { status: "error", message: FIX_FIELDS, fields: { confirm: "The two passwords differ." } };
  const result = await changePassword(ctx, parsed.data);
  if (!result.ok) return { status: "error", message: result.message, fields: result.fields };
  revalidatePath(PAGE);
  const others = result.revokedSessions;
  return {
    status: "success",
    message: `Password changed.${others > 0 ? ` ${others} other ${others === 1 ? "session was" : "sessions were"} signed out.` : ""}`,
  };
}

export async function resendVerificationAction(): Promise<FormState> {
  const ctx = await requireViewer(PAGE);
  const result = await resendVerificationEmail(ctx);
  if (!result.ok) return { status: result.code === "ALREADY_VERIFIED" ? "success" : "error", message: result.message };
  return result.sent
    ? { status: "success", message: `Sent. Check ${ctx.user.email} for the link.` }
    : { status: "error", message: "The email could not be sent. Try again in a moment." };
}

export async function revokeSessionAction(formData: FormData): Promise<void> {
  const ctx = await requireViewer(PAGE);
  const sessionId = formData.get("sessionId");
  if (typeof sessionId !== "string") return;
  const result = await revokeAccountSession(ctx, sessionId);
  if (result.ok && result.current) {
    clearSessionCookie(await cookies());
    redirect("/login");
  }
  revalidatePath(PAGE);
}

export async function signOutEverywhereAction(): Promise<void> {
  const ctx = await requireViewer(PAGE);
  await revokeAllAccountSessions(ctx);
  clearSessionCookie(await cookies());
  redirect("/login?notice=signed-out-everywhere");
}

export async function deleteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { password } = formValues(formData, ["password"] as const);
  const ctx = await requireViewer(PAGE);
  const parsed = deleteAccountSchema.safeParse({ password });
  if (!parsed.success) return { status: "error", message: FIX_FIELDS, fields: fieldErrors(parsed.error) };
  const result = await deleteAccount(ctx, parsed.data.password, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message, fields: result.fields };
  clearSessionCookie(await cookies());
  redirect("/login?notice=account-deleted");
}
