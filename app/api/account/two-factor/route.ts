import { accountOperations } from "@/server/account/operations";
import { json, noContent, sessionRoute } from "@/server/http/declare-route";
import { disableTotp, twoFactorStatus } from "@/server/two-factor/enrolment";

export const GET = sessionRoute(accountOperations.twoFactorStatus, async ({ session }) =>
  json({ twoFactor: await twoFactorStatus(session.user.id) }),
);

/** Turns the authenticator app off (password and a code). */
export const DELETE = sessionRoute(accountOperations.disableTotp, async ({ session, body }) => {
  const result = await disableTotp(session, body);
  return result.ok ? noContent() : result;
});
