import { accountOperations } from "@/server/account/operations";
import { json, sessionRoute } from "@/server/http/declare-route";
import { confirmTotpEnrolment } from "@/server/two-factor/enrolment";

/** Confirms the app with its first code: two-factor is on, and the recovery codes are returned (this once). */
export const POST = sessionRoute(accountOperations.confirmTotp, async ({ session, body }) => {
  const result = await confirmTotpEnrolment(session, body.code);
  return result.ok ? json({ recoveryCodes: result.recoveryCodes }) : result;
});
