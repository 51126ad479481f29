import { json, orgRoute } from "@/server/http/declare-route";
import { createInviteLink } from "@/server/invite-links/mutations";
import { listInviteLinks } from "@/server/invite-links/queries";
import { inviteOperations } from "@/server/invites/operations";

export const GET = orgRoute(inviteOperations.listLinks, async ({ ctx }) => json({ links: await listInviteLinks(ctx) }));

/** The only response that ever carries the link's URL: it is stored hashed, so copy it now. */
export const POST = orgRoute(inviteOperations.createLink, async ({ ctx, body, meta }) => {
  const result = await createInviteLink(ctx, body, meta);
  return result.ok ? json({ link: { ...result.link, url: result.url } }, 201) : result;
});
