import { json, noContent, orgRoute } from "@/server/http/declare-route";
import { removeSsoConnection, saveSsoConnection, ssoConnectionOf } from "@/server/sso/connections";
import { ssoOperations } from "@/server/sso/operations";

export const GET = orgRoute(ssoOperations.read, async ({ ctx }) => json({ connection: await ssoConnectionOf(ctx) }));

/** Owners: connect the organization's SAML or OpenID Connect identity provider (replacing the one before). */
export const PUT = orgRoute(ssoOperations.save, async ({ ctx, body, meta }) => {
  const result = await saveSsoConnection(ctx, body, meta);
  return result.ok ? json({ connection: result.connection }) : result;
});

/** Owners: disconnect it; "require SSO" goes with it. */
export const DELETE = orgRoute(ssoOperations.remove, async ({ ctx, meta }) => {
  const result = await removeSsoConnection(ctx, meta);
  return result.ok ? noContent() : result;
});
