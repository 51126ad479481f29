import { publicRoute } from "@/server/http/declare-route";
import { checkRateLimits } from "@/server/rate-limit/consume";
import { redirectToIdentityProvider, ssoFailed } from "@/server/sso/browser";
import { ssoSignInOperations } from "@/server/sso/operations";
import { startSsoForOrganization } from "@/server/sso/sign-in";

/** Where a page an organization's SSO policy keeps someone out of sends them: to that organization's provider. */
export const GET = publicRoute(ssoSignInOperations.start, async ({ query, meta }) => {
  const limited = await checkRateLimits([{ rule: "ssoPerIp", key: meta.ip }], "Too many single sign-on attempts.");
  if (limited) return ssoFailed(limited);
  const started = await startSsoForOrganization(query.organization, query.next ?? null);
  return started.ok ? redirectToIdentityProvider(started.url, started.attemptId) : ssoFailed(started);
});
