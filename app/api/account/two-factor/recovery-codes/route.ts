import { accountOperations } from "@/server/account/operations";
import { json, sessionRoute } from "@/server/http/declare-route";
import { regenerateRecoveryCodes } from "@/server/two-factor/enrolment";

/** Ten new recovery codes for a code from the app; the old ones stop working. */
export const POST = sessionRoute(accountOperations.regenerateRecoveryCodes, async ({ session, body }) => {
  const result = await regenerateRecoveryCodes(session, body.code);
  return result.ok ? json({ recoveryCodes: result.recoveryCodes }) : result;
});
