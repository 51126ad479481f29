import { NextResponse } from "next/server";
import { deleteGroup, getGroup, patchGroup, replaceGroup } from "@/server/scim/groups";
import { scimJson, scimRoute } from "@/server/scim/http";

type Params = { id: string };

export const GET = scimRoute<Params>(async ({ ctx, params }) => scimJson(await getGroup(ctx, params.id)));
export const PUT = scimRoute<Params>(async ({ ctx, params, body }) => scimJson(await replaceGroup(ctx, params.id, body)));
export const PATCH = scimRoute<Params>(async ({ ctx, params, body }) => scimJson(await patchGroup(ctx, params.id, body)));
export const DELETE = scimRoute<Params>(async ({ ctx, params }) => {
  await deleteGroup(ctx, params.id);
  return new NextResponse(null, { status: 204 });
});
