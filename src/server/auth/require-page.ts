import "server-only";
import { redirect } from "next/navigation";
import { secondFactorPath } from "./step-up";
import { getSessionContext, orgContextOf, ssoStartPath, type MemberContext, type SessionContext } from "./context";

/**
 * For pages of the signed-in person (account, their organizations): the signed-in user, or a redirect to log in
 * again. A support view is of one organization, not of the member's account: it stays on the dashboard.
 */
export async function requireViewer(next = "/dashboard"): Promise<SessionContext> {
  const ctx = await signedInViewer(next);
  if (ctx.support) redirect("/dashboard");
  return ctx;
}

async function signedInViewer(next: string): Promise<SessionContext> {
  const ctx = await getSessionContext();
  if (!ctx) redirect(`/auth/session-ended?next=${encodeURIComponent(next)}`);
  return ctx;
}

/**
 * For tenant pages: the context with an active organization, or onboarding when the user has none. A member of an
 * organization that requires two-factor, without it in this session, goes to set it up (or to confirm it) first;
 * one that requires single sign-on goes to its identity provider.
 */
export async function requireOrgPage(next = "/dashboard"): Promise<MemberContext> {
  const viewer = await signedInViewer(next);
  if (viewer.secondFactorRequired) redirect(secondFactorPath(viewer, next));
  if (viewer.ssoRequired) redirect(ssoStartPath(viewer.organization!.id, next));
  const ctx = orgContextOf(viewer);
  if (!ctx) redirect("/onboarding");
  return ctx;
}
