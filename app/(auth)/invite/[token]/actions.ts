"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/form-state";
import { signupSchema } from "@/lib/validation/auth";
import { fieldErrors } from "@/lib/validation/errors";
import { getSessionContext } from "@/server/auth/context";
import { clearSessionCookie, writeSessionCookie } from "@/server/auth/cookie";
import { logOut } from "@/server/auth/logout";
import { SESSION_COOKIE } from "@/server/auth/token";
import { requestMeta } from "@/server/http/request-meta";
import { resendVerificationEmail } from "@/server/account/verification";
import { acceptInvite } from "@/server/invites/accept";
import { organizationHomeFor } from "@/server/organizations/home";
import { signUp } from "@/server/users/signup";

function invitePath(token: string): string {
  return `/invite/${encodeURIComponent(token)}`;
}

/** Signed in with the invited address: join, switch to the organization and land on its dashboard. */
export async function acceptInviteAction(token: string): Promise<FormState> {
  const viewer = await getSessionContext();
  if (!viewer) redirect(invitePath(token));
  const joined = await acceptInvite(viewer, token, requestMeta(await headers()));
  if (!joined.ok) return { status: "error", message: joined.message };
  writeSessionCookie(await cookies(), joined.token, viewer.session.expiresAt);
  redirect(await organizationHomeFor(joined.organization.slug));
}

/** No account yet: user, membership and session in one transaction, and no organization of their own. */
export async function signupWithInviteAction(token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const { password, ...values } = formValues(formData, ["name", "email", "password"] as const);
  const parsed = signupSchema.safeParse({ ...values, password, inviteToken: token });
  if (!parsed.success) {
    return { status: "error", message: "Please fix the highlighted fields.", fields: fieldErrors(parsed.error), values };
  }
  const result = await signUp(parsed.data, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message, fields: result.fields, values };

  writeSessionCookie(await cookies(), result.session.token, result.session.expiresAt);
  // A domain-restricted link: the invitation page now asks them to open the verification link first.
  redirect(result.organization ? await organizationHomeFor(result.organization.slug) : invitePath(token));
}

/** Sends the verification link again; opening it brings the visitor back to this invitation. */
export async function sendInviteVerificationAction(token: string): Promise<FormState> {
  const viewer = await getSessionContext();
  if (!viewer) redirect(invitePath(token));
  const result = await resendVerificationEmail(viewer, invitePath(token));
  if (!result.ok) return { status: "error", message: result.message };
  return result.sent
    ? { status: "success", message: `Sent. Check ${viewer.user.email} for the link.` }
    : { status: "error", message: "The email could not be sent. Try again in a few minutes." };
}

/** Signed in as someone else: end that session and come back to the invitation signed out. */
export async function logOutAndReturnAction(token: string): Promise<void> {
  const cookieStore = await cookies();
  await logOut(cookieStore.get(SESSION_COOKIE)?.value);
  clearSessionCookie(cookieStore);
  redirect(invitePath(token));
}
