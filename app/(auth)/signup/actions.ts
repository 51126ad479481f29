"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/form-state";
import { signupSchema } from "@/lib/validation/auth";
import { fieldErrors } from "@/lib/validation/errors";
import { writeSessionCookie } from "@/server/auth/cookie";
import { requestMeta } from "@/server/http/request-meta";
import { signUp } from "@/server/users/signup";

export async function signupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { password, ...values } = formValues(formData, ["name", "email", "password", "organizationName"] as const);
  const parsed = signupSchema.safeParse({ ...values, password });
  if (!parsed.success) {
    return { status: "error", message: "Please fix the highlighted fields.", fields: fieldErrors(parsed.error), values };
  }
  const result = await signUp(parsed.data, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message, fields: result.fields, values };

  writeSessionCookie(await cookies(), result.session.token, result.session.expiresAt);
  redirect("/dashboard");
}
