import { accountOperations } from "@/server/account/operations";
import { resendVerificationEmail } from "@/server/account/verification";
import { json, sessionRoute } from "@/server/http/declare-route";

export const POST = sessionRoute(accountOperations.resendVerification, async ({ session }) => {
  const result = await resendVerificationEmail(session);
  return result.ok ? json({ sent: result.sent }) : result;
});
