import { publicRoute } from "@/server/http/declare-route";
import { SSO_ATTEMPT_COOKIE } from "@/server/sso/attempts";
import { finishSsoSignIn } from "@/server/sso/browser";
import { ssoSignInOperations } from "@/server/sso/operations";
import { completeOidcSignIn } from "@/server/sso/sign-in";

/** The browser back from an OpenID provider with a code: signed in, or the login page saying why not. */
export const GET = publicRoute(ssoSignInOperations.oidcCallback, async ({ request, meta }) => {
  const result = await completeOidcSignIn(new URL(request.url), request.cookies.get(SSO_ATTEMPT_COOKIE)?.value ?? null, meta);
  return finishSsoSignIn(result);
});
