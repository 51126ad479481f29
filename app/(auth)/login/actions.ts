"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/safe-redirect";
import { writeSessionCookie } from "@/server/auth/cookie";
import { completeSignIn, logIn, type SignedIn } from "@/server/auth/login";
import { authOperations } from "@/server/auth/operations";
import { clearPendingSignInCookie, PENDING_SIGN_IN_COOKIE, writePendingSignInCookie } from "@/server/auth/pending-sign-in";
import { publicAction } from "@/server/http/declare-action";

export const loginAction = publicAction(authOperations.login, async ({ input, formData, meta }) => {
  const result = await logIn(input, meta);
  if (!result.ok) return result;
  const next = safeNextPath(formData.get("next"), "");
  if (result.status === "second_factor_required") {
    writePendingSignInCookie(await cookies(), result.pending.token, result.pending.expiresAt);
    redirect(`/login/two-factor${next ? `?next=${encodeURIComponent(next)}` : ""}`);
  }
  await enter(result, next);
});

export const secondFactorAction = publicAction(authOperations.secondFactor, async ({ input, formData, meta }) => {
  const cookieStore = await cookies();
  const result = await completeSignIn(cookieStore.get(PENDING_SIGN_IN_COOKIE)?.value, input, meta);
  if (!result.ok) return result;
  clearPendingSignInCookie(cookieStore);
  await enter(result, safeNextPath(formData.get("next"), ""));
});

async function enter(result: SignedIn, next: string): Promise<never> {
  writeSessionCookie(await cookies(), result.session.token, result.session.expiresAt);
  // An invitation page is a fine place to land without an organization: that is how one gets one.
  redirect(next || (result.organization ? "/dashboard" : "/onboarding"));
}
