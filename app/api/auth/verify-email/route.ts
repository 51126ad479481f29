import { verifyEmail } from "@/server/account/verification";
import { authOperations } from "@/server/auth/operations";
import { json, publicRoute } from "@/server/http/declare-route";

/** Opens a verification link (the account's address, or the new one of an email change). No session needed. */
export const POST = publicRoute(authOperations.verifyEmail, async ({ body }) => {
  const result = await verifyEmail(body.token);
  return result.ok ? json({ user: result.user, emailChanged: result.change }) : result;
});
