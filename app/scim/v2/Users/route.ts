import { scimJson, scimRoute } from "@/server/scim/http";
import { listResponse } from "@/server/scim/resources";
import { createUser, listUsers } from "@/server/scim/users";

export const GET = scimRoute(async ({ ctx, request }) => {
  const { rows, ...page } = await listUsers(ctx, request.nextUrl.searchParams);
  return scimJson(listResponse(rows, page));
});

export const POST = scimRoute(async ({ ctx, body }) => {
  const user = await createUser(ctx, body);
  return scimJson(user, 201, { Location: user.meta.location });
});
