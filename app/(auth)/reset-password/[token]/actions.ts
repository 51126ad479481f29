"use server";

import { redirect } from "next/navigation";
import { fieldErrors } from "@/lib/validation/errors";
import { resetPasswordSchema } from "@/lib/validation/account";
import { resetPassword } from "@/server/account/password-reset";
import { authOperations } from "@/server/auth/operations";
import { publicAction } from "@/server/http/declare-action";
import { fail } from "@/server/results/result";

/**
 * The form's token is a hidden field: a bad one is said as the form's message, not as a field error nobody can see,
 * so the input is validated here rather than by the operation's schema.
 */
export const resetPasswordAction = publicAction({ ...authOperations.resetPassword, body: undefined }, async ({ formData }) => {
  const parsed = resetPasswordSchema.safeParse({ token: formData.get("token") ?? "", password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return fields.token ? fail("VALIDATION_FAILED", fields.token) : fail("VALIDATION_FAILED", "Please fix the highlighted fields.", fields);
  }
  if (formData.get("confirm") !== parsed.data.password) {
    return fail("VALIDATION_FAILED", "Please fix the highlighted fields.", { confirm: "The two passwords differ." });
  }
  const result = await resetPassword(parsed.data);
  if (!result.ok) return result;
  redirect("/login?notice=password-reset");
});
