import "server-only";
import { redirect } from "next/navigation";
import { secondFactorPath } from "./step-up";
import { getSessionContext, orgContextOf, type MemberContext, type SessionContext } from "./context";

/** For pages and server actions: the signed-in user, or a redirect to log in again. */
export async function requireViewer(next = "/dashboard"): Promise<SessionContext> {
  const ctx = await getSessionContext();
  if (!ctx) redirect(`/auth/session-ended?next=${encodeURIComponent(next)}`);
  return ctx;
}

/**
 * For tenant pages: the context with an active organization, or onboarding when the user has none. A member of an
 * organization that requires two-factor, without it in this session, goes to set it up (or to confirm it) first.
 */
export async function requireOrgPage(next = "/dashboard"): Promise<MemberContext> {
  const viewer = await requireViewer(next);
  if (viewer.secondFactorRequired) redirect(secondFactorPath(viewer, next));
  const ctx = orgContextOf(viewer);
  if (!ctx) redirect("/onboarding");
  return ctx;
}
