import { createGroup, listGroups } from "@/server/scim/groups";
import { scimJson, scimRoute } from "@/server/scim/http";
import { listResponse } from "@/server/scim/resources";

export const GET = scimRoute(async ({ ctx, request }) => {
  const { rows, ...page } = await listGroups(ctx, request.nextUrl.searchParams);
  return scimJson(listResponse(rows, page));
});

export const POST = scimRoute(async ({ ctx, body }) => {
  const group = await createGroup(ctx, body);
  return scimJson(group, 201, { Location: group.meta.location });
});
