import { json, noContent, orgRoute } from "@/server/http/declare-route";
import { createScimToken, revokeScimToken, scimTokenOf } from "@/server/scim/tokens";
import { ssoOperations } from "@/server/sso/operations";

export const GET = orgRoute(ssoOperations.readScimToken, async ({ ctx }) => json({ scim: await scimTokenOf(ctx) }));

/** Owners: a new SCIM bearer token for the directory (shown once; it replaces the one before). */
export const POST = orgRoute(ssoOperations.createScimToken, async ({ ctx, meta }) => {
  const { token, view } = await createScimToken(ctx, meta);
  return json({ token, scim: view }, 201);
});

export const DELETE = orgRoute(ssoOperations.revokeScimToken, async ({ ctx, meta }) => {
  const result = await revokeScimToken(ctx, meta);
  return result.ok ? noContent() : result;
});
