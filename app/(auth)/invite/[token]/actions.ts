"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { resendVerificationEmail } from "@/server/account/verification";
import { clearSessionCookie, writeSessionCookie } from "@/server/auth/cookie";
import { logOut } from "@/server/auth/logout";
import { secondFactorPath } from "@/server/auth/step-up";
import { authOperations } from "@/server/auth/operations";
import { SESSION_COOKIE } from "@/server/auth/token";
import { getSessionContext } from "@/server/auth/context";
import { publicAction } from "@/server/http/declare-action";
import { acceptInvite } from "@/server/invites/accept";
import { organizationHomeFor } from "@/server/organizations/home";
import { signUp } from "@/server/users/signup";

// The invitation page serves every visitor, signed in or not: each action below is public and, where it needs the
// visitor's account, sends a signed-out one back to the page (which then offers to log in or sign up).

function invitePath(token: string): string {
  return `/invite/${encodeURIComponent(token)}`;
}

async function viewerOrBack(token: string) {
  const viewer = await getSessionContext();
  if (!viewer) redirect(invitePath(token));
  return viewer;
}

/** Signed in with the invited address: join, switch to the organization and land on its dashboard. */
export const acceptInviteAction = publicAction({}, async ({ meta }, token: string) => {
  const viewer = await viewerOrBack(token);
  const joined = await acceptInvite(viewer, token, meta);
  // The organization requires two-factor: set it up (or confirm it), then come back to this invitation.
  if (!joined.ok && joined.code === "MFA_REQUIRED") redirect(secondFactorPath(viewer, invitePath(token)));
  if (!joined.ok) return joined;
  writeSessionCookie(await cookies(), joined.token, viewer.session.expiresAt);
  redirect(await organizationHomeFor(joined.organization.slug));
});

/** No account yet: user, membership and session in one transaction, and no organization of their own. */
export const signupWithInviteAction = publicAction(
  {
    ...authOperations.signup,
    fromForm: (fields, token) => ({ name: fields.name, email: fields.email, password: fields.password, inviteToken: token }),
  },
  async ({ input, meta }, token: string) => {
    const result = await signUp(input, meta);
    if (!result.ok) return result;
    writeSessionCookie(await cookies(), result.session.token, result.session.expiresAt);
    // A domain-restricted link: the invitation page now asks them to open the verification link first.
    redirect(result.organization ? await organizationHomeFor(result.organization.slug) : invitePath(token));
  },
);

/** Sends the verification link again; opening it brings the visitor back to this invitation. */
export const sendInviteVerificationAction = publicAction({}, async (_args, token: string) => {
  const viewer = await viewerOrBack(token);
  const result = await resendVerificationEmail(viewer, invitePath(token));
  if (!result.ok) return result;
  return result.sent
    ? { status: "success", message: `Sent. Check ${viewer.user.email} for the link.` }
    : { status: "error", message: "The email could not be sent. Try again in a few minutes." };
});

/** Signed in as someone else: end that session and come back to the invitation signed out. */
export const logOutAndReturnAction = publicAction<typeof authOperations.logout, [string], void>(
  authOperations.logout,
  async (_args, token: string) => {
    const cookieStore = await cookies();
    await logOut(cookieStore.get(SESSION_COOKIE)?.value);
    clearSessionCookie(cookieStore);
    redirect(invitePath(token));
  },
);
