"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deleteAccount } from "@/server/account/deletion";
import { accountOperations } from "@/server/account/operations";
import { cancelEmailChange, changePassword, requestEmailChange, updateName } from "@/server/account/profile";
import { revokeAccountSession, revokeAllAccountSessions } from "@/server/account/sessions";
import { resendVerificationEmail } from "@/server/account/verification";
import { clearSessionCookie } from "@/server/auth/cookie";
import { sessionAction } from "@/server/http/declare-action";
import { fail } from "@/server/results/result";
import { isId } from "@/server/ids";

const PAGE = "/account";

function passwordsDiffer() {
  return fail("VALIDATION_FAILED", "Please fix the highlighted fields.", { confirm: "The two passwords differ." });
}

export const updateNameAction = sessionAction(accountOperations.rename, async ({ session, input }) => {
  const result = await updateName(session, input.name);
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { status: "success", message: "Name saved.", values: { name: result.user.name } };
});

export const changeEmailAction = sessionAction(accountOperations.changeEmail, async ({ session, input }) => {
  const result = await requestEmailChange(session, input);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return result.sent
    ? {
        status: "success",
        message: `We sent a link to ${result.pendingEmail}. Your address changes when you open it; until then, keep signing in with ${session.user.email}.`,
      }
    : { status: "error", message: `The email to ${result.pendingEmail} could not be sent. Try again in a moment.` };
});

export const cancelEmailChangeAction = sessionAction(accountOperations.cancelEmailChange, async ({ session }) => {
  await cancelEmailChange(session);
  revalidatePath(PAGE);
});

export const changePasswordAction = sessionAction(accountOperations.changePassword, async ({ session, input, formData }) => {
  if (formData.get("confirm") !== input.newPassword) return passwordsDiffer();
  const result = await changePassword(session, input);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  const others = result.revokedSessions;
  return {
    status: "success",
    message: `Password changed.${others > 0 ? ` ${others} other ${others === 1 ? "session was" : "sessions were"} signed out.` : ""}`,
  };
});

export const resendVerificationAction = sessionAction(accountOperations.resendVerification, async ({ session }) => {
  const result = await resendVerificationEmail(session);
  if (!result.ok) return result.code === "ALREADY_VERIFIED" ? { status: "success", message: result.message } : result;
  return result.sent
    ? { status: "success", message: `Sent. Check ${session.user.email} for the link.` }
    : { status: "error", message: "The email could not be sent. Try again in a moment." };
});

export const revokeSessionAction = sessionAction(accountOperations.revokeSession, async ({ session, formData }) => {
  const sessionId = formData.get("sessionId");
  if (typeof sessionId !== "string" || !isId(sessionId)) return;
  const result = await revokeAccountSession(session, sessionId);
  if (result.ok && result.current) {
    clearSessionCookie(await cookies());
    redirect("/login");
  }
  revalidatePath(PAGE);
});

export const signOutEverywhereAction = sessionAction(accountOperations.revokeAllSessions, async ({ session }) => {
  await revokeAllAccountSessions(session);
  clearSessionCookie(await cookies());
  redirect("/login?notice=signed-out-everywhere");
});

export const deleteAccountAction = sessionAction(accountOperations.delete, async ({ session, input, meta }) => {
  const result = await deleteAccount(session, input.password, meta);
  if (!result.ok) return result;
  clearSessionCookie(await cookies());
  redirect("/login?notice=account-deleted");
});
