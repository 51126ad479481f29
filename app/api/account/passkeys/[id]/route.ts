import { accountOperations } from "@/server/account/operations";
import { json, noContent, sessionRoute } from "@/server/http/declare-route";
import { fail } from "@/server/results/result";
import { isId } from "@/server/ids";
import { removePasskey, renamePasskey } from "@/server/passkeys/ceremonies";

export const PATCH = sessionRoute(accountOperations.renamePasskey, async ({ session, params, body }) => {
  if (!isId(params.id)) return fail("NOT_FOUND", "Passkey not found.");
  const result = await renamePasskey(session, params.id, body.name);
  return result.ok ? json({ passkey: result.passkey }) : result;
});

export const DELETE = sessionRoute(accountOperations.removePasskey, async ({ session, params }) => {
  if (!isId(params.id)) return fail("NOT_FOUND", "Passkey not found.");
  const result = await removePasskey(session, params.id);
  return result.ok ? noContent() : result;
});
