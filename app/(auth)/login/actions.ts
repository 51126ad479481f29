"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/form-state";
import { safeNextPath } from "@/lib/safe-redirect";
import { loginSchema } from "@/lib/validation/auth";
import { fieldErrors } from "@/lib/validation/errors";
import { writeSessionCookie } from "@/server/auth/cookie";
import { logIn } from "@/server/auth/login";
import { requestMeta } from "@/server/http/request-meta";

export async function loginAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { password, next, ...values } = formValues(formData, ["email", "password", "next"] as const);
  const parsed = loginSchema.safeParse({ ...values, password });
  if (!parsed.success) {
    return { status: "error", message: "Please fix the highlighted fields.", fields: fieldErrors(parsed.error), values };
  }
  const result = await logIn(parsed.data, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message, values };

  writeSessionCookie(await cookies(), result.session.token, result.session.expiresAt);
  // An invitation page is a fine place to land without an organization: that is how one gets one.
  redirect(safeNextPath(next, result.organization ? "/dashboard" : "/onboarding"));
}
