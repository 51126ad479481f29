"use server";

import { headers } from "next/headers";
import { formValues, type FormState } from "@/lib/form-state";
import { requestPasswordResetSchema } from "@/lib/validation/account";
import { fieldErrors } from "@/lib/validation/errors";
import { PASSWORD_RESET_REQUESTED, requestPasswordReset } from "@/server/account/password-reset";
import { requestMeta } from "@/server/http/request-meta";

export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"] as const);
  const parsed = requestPasswordResetSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: "Please fix the highlighted fields.", fields: fieldErrors(parsed.error), values };
  const limited = await requestPasswordReset(parsed.data.email, requestMeta(await headers()));
  if (limited) return { status: "error", message: limited.message, values };
  return { status: "success", message: PASSWORD_RESET_REQUESTED, values };
}
