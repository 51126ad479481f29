import { json, orgRoute } from "@/server/http/declare-route";
import { createInvite } from "@/server/invites/mutations";
import { inviteOperations } from "@/server/invites/operations";
import { listOpenInvites } from "@/server/invites/queries";

export const GET = orgRoute(inviteOperations.list, async ({ ctx }) => json({ invites: await listOpenInvites(ctx) }));

/** The token goes by email only: it is never in the response, even when the email could not be sent. */
export const POST = orgRoute(inviteOperations.create, async ({ ctx, body, meta }) => {
  const result = await createInvite(ctx, body, meta);
  return result.ok ? json({ invite: result.invite }, 201) : result;
});
