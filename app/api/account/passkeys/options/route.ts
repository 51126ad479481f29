import { accountOperations } from "@/server/account/operations";
import { json, sessionRoute } from "@/server/http/declare-route";
import { registrationOptions } from "@/server/passkeys/ceremonies";

/** Options for navigator.credentials.create(), to add a passkey to the signed-in account. */
export const POST = sessionRoute(accountOperations.passkeyOptions, async ({ session }) => {
  const result = await registrationOptions(session);
  return result.ok ? json({ options: result.options }) : result;
});
