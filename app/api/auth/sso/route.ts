import { json, publicRoute } from "@/server/http/declare-route";
import { checkRateLimits } from "@/server/rate-limit/consume";
import { redirectToIdentityProvider } from "@/server/sso/browser";
import { ssoSignInOperations } from "@/server/sso/operations";
import { connectionForEmail, startSsoSignIn } from "@/server/sso/sign-in";

/**
 * The login page's first step: for an address at a verified domain whose organization has single sign-on, the
 * identity provider's URL to go to (and the attempt cookie); otherwise `redirectUrl: null`, and the password is next.
 */
export const POST = publicRoute(ssoSignInOperations.discover, async ({ body, meta }) => {
  const limited = await checkRateLimits([{ rule: "ssoPerIp", key: meta.ip }], "Too many single sign-on attempts.");
  if (limited) return limited;
  const connection = await connectionForEmail(body.email);
  if (!connection) return json({ redirectUrl: null, required: false });
  const started = await startSsoSignIn(connection, { next: body.next, loginHint: body.email });
  if (!started.ok) return started;
  return redirectToIdentityProvider(started.url, started.attemptId, 200);
});
