"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/safe-redirect";
import { writeSessionCookie } from "@/server/auth/cookie";
import { logIn } from "@/server/auth/login";
import { authOperations } from "@/server/auth/operations";
import { publicAction } from "@/server/http/declare-action";

export const loginAction = publicAction(authOperations.login, async ({ input, formData, meta }) => {
  const result = await logIn(input, meta);
  if (!result.ok) return result;
  writeSessionCookie(await cookies(), result.session.token, result.session.expiresAt);
  // An invitation page is a fine place to land without an organization: that is how one gets one.
  redirect(safeNextPath(formData.get("next"), result.organization ? "/dashboard" : "/onboarding"));
});
