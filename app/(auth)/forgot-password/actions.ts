"use server";

import { PASSWORD_RESET_REQUESTED, requestPasswordReset } from "@/server/account/password-reset";
import { authOperations } from "@/server/auth/operations";
import { publicAction } from "@/server/http/declare-action";

export const requestPasswordResetAction = publicAction(authOperations.requestPasswordReset, async ({ input, values, meta }) => {
  const limited = await requestPasswordReset(input.email, meta);
  return limited ?? { status: "success", message: PASSWORD_RESET_REQUESTED, values };
});
