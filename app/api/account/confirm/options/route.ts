import { accountOperations } from "@/server/account/operations";
import { json, sessionRoute } from "@/server/http/declare-route";
import { authenticationOptions } from "@/server/passkeys/ceremonies";

/** Options for a step-up with one of the signed-in person's passkeys. */
export const POST = sessionRoute(accountOperations.confirmOptions, async ({ session }) =>
  json({ options: await authenticationOptions("step-up", session.user.id) }),
);
