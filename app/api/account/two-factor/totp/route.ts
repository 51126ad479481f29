import { accountOperations } from "@/server/account/operations";
import { json, sessionRoute } from "@/server/http/declare-route";
import { startTotpEnrolment } from "@/server/two-factor/enrolment";

/** Starts setting up an authenticator app: the secret and its QR code. Nothing changes until it is confirmed. */
export const POST = sessionRoute(accountOperations.startTotp, async ({ session }) => {
  const result = await startTotpEnrolment(session);
  return result.ok ? json({ secret: result.enrolment.secret, uri: result.enrolment.uri }, 201) : result;
});
