import { accountOperations } from "@/server/account/operations";
import { cancelEmailChange, requestEmailChange } from "@/server/account/profile";
import { json, noContent, sessionRoute } from "@/server/http/declare-route";

/** Starts an email change: 202, the new address gets a link; the account's address changes when it is opened. */
export const POST = sessionRoute(accountOperations.changeEmail, async ({ session, body }) => {
  const result = await requestEmailChange(session, body);
  return result.ok ? json({ pendingEmail: result.pendingEmail, sent: result.sent }, 202) : result;
});

/** Cancels an email change under way. */
export const DELETE = sessionRoute(accountOperations.cancelEmailChange, async ({ session }) => {
  await cancelEmailChange(session);
  return noContent();
});
