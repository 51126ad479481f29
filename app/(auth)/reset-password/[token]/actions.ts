"use server";

import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/form-state";
import { resetPasswordSchema } from "@/lib/validation/account";
import { fieldErrors } from "@/lib/validation/errors";
import { resetPassword } from "@/server/account/password-reset";

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { token, password, confirm } = formValues(formData, ["token", "password", "confirm"] as const);
  const parsed = resetPasswordSchema.safeParse({ token, password });
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    if (fields.token) return { status: "error", message: fields.token };
    return { status: "error", message: "Please fix the highlighted fields.", fields };
  }
  if (confirm !== password) return { status: "error", message: "Please fix the highlighted fields.", fields: { confirm: "The two passwords differ." } };
  const result = await resetPassword(parsed.data);
  if (!result.ok) return { status: "error", message: result.message };
  redirect("/login?notice=password-reset");
}
