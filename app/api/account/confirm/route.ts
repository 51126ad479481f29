import { accountOperations } from "@/server/account/operations";
import { confirmIdentity } from "@/server/auth/step-up";
import { json, sessionRoute } from "@/server/http/declare-route";

/** A step-up: proves the second factor again, so that sensitive actions go through for the next minutes. */
export const POST = sessionRoute(accountOperations.confirm, async ({ session, body, request }) => {
  const result = await confirmIdentity(session, body, request.headers.get("origin"));
  return result.ok ? json({ confirmedAt: result.confirmedAt }) : result;
});
