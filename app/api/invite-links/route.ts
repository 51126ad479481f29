import { NextResponse } from "next/server";
import { createInviteLinkSchema } from "@/lib/validation/invites";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";
import { createInviteLink } from "@/server/invite-links/mutations";
import { listInviteLinks } from "@/server/invite-links/queries";

export const GET = apiRoute(async (request) => {
  const auth = await requireOrgContext(request, "members.invite");
  if (!auth.ok) return errorResponse(auth);

  return NextResponse.json({ links: await listInviteLinks(auth.ctx) });
});

/** The only response that ever carries the link's URL: it is stored hashed, so copy it now. */
export const POST = apiRoute(async (request) => {
  const auth = await requireOrgContext(request, "members.invite");
  if (!auth.ok) return errorResponse(auth);
  const body = await readJsonBody(request, createInviteLinkSchema);
  if (!body.ok) return errorResponse(body);

  const result = await createInviteLink(auth.ctx, body.data, requestMeta(request.headers));
  return result.ok ? NextResponse.json({ link: { ...result.link, url: result.url } }, { status: 201 }) : errorResponse(result);
});
