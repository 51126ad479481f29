import { NextResponse } from "next/server";
import { scimJson, scimRoute } from "@/server/scim/http";
import { deleteUser, getUser, patchUser, replaceUser } from "@/server/scim/users";

type Params = { id: string };

export const GET = scimRoute<Params>(async ({ ctx, params }) => scimJson(await getUser(ctx, params.id)));
export const PUT = scimRoute<Params>(async ({ ctx, params, body }) => scimJson(await replaceUser(ctx, params.id, body)));
/** Deactivating (`active: false`) removes the membership: the person is out of the organization on their next request. */
export const PATCH = scimRoute<Params>(async ({ ctx, params, body }) => scimJson(await patchUser(ctx, params.id, body)));
export const DELETE = scimRoute<Params>(async ({ ctx, params }) => {
  await deleteUser(ctx, params.id);
  return new NextResponse(null, { status: 204 });
});
