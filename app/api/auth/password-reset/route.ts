import { PASSWORD_RESET_REQUESTED, requestPasswordReset } from "@/server/account/password-reset";
import { authOperations } from "@/server/auth/operations";
import { json, publicRoute } from "@/server/http/declare-route";

/** Always the same 202 for a well-formed address, whether or not an account has it. */
export const POST = publicRoute(authOperations.requestPasswordReset, async ({ body, meta }) => {
  const limited = await requestPasswordReset(body.email, meta);
  return limited ?? json({ message: PASSWORD_RESET_REQUESTED }, 202);
});
