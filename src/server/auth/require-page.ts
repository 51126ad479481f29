import "server-only";
import { redirect } from "next/navigation";
import { getSessionContext, orgContextOf, type MemberContext, type SessionContext } from "./context";

/** For pages and server actions: the signed-in user, or a redirect to log in again. */
export async function requireViewer(next = "/dashboard"): Promise<SessionContext> {
  const ctx = await getSessionContext();
  if (!ctx) redirect(`/auth/session-ended?next=${encodeURIComponent(next)}`);
  return ctx;
}

/** For tenant pages: the context with an active organization, or onboarding when the user has none. */
export async function requireOrgPage(next = "/dashboard"): Promise<MemberContext> {
  const ctx = orgContextOf(await requireViewer(next));
  if (!ctx) redirect("/onboarding");
  return ctx;
}
