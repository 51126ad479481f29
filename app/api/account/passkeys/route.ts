import { accountOperations } from "@/server/account/operations";
import { json, sessionRoute } from "@/server/http/declare-route";
import { listPasskeys, registerPasskey } from "@/server/passkeys/ceremonies";

export const GET = sessionRoute(accountOperations.listPasskeys, async ({ session }) =>
  json({ passkeys: await listPasskeys(session.user.id) }),
);

export const POST = sessionRoute(accountOperations.addPasskey, async ({ session, body, request }) => {
  const result = await registerPasskey(session, { name: body.name, response: body.response, origin: request.headers.get("origin") });
  return result.ok ? json({ passkey: result.passkey }, 201) : result;
});
