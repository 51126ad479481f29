import { NextResponse } from "next/server";
import { createInviteSchema } from "@/lib/validation/invites";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";
import { createInvite } from "@/server/invites/mutations";
import { listOpenInvites } from "@/server/invites/queries";

export const GET = apiRoute(async (request) => {
  const auth = await requireOrgContext(request, "members.invite");
  if (!auth.ok) return errorResponse(auth);

  return NextResponse.json({ invites: await listOpenInvites(auth.ctx) });
});

/** The token goes by email only: it is never in the response, even when the email could not be sent. */
export const POST = apiRoute(async (request) => {
  const auth = await requireOrgContext(request, "members.invite");
  if (!auth.ok) return errorResponse(auth);
  const body = await readJsonBody(request, createInviteSchema);
  if (!body.ok) return errorResponse(body);

  const result = await createInvite(auth.ctx, body.data, requestMeta(request.headers));
  return result.ok ? NextResponse.json({ invite: result.invite }, { status: 201 }) : errorResponse(result);
});
