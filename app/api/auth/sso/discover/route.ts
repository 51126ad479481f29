import { json, publicRoute } from "@/server/http/declare-route";
import { ssoSignInOperations } from "@/server/sso/operations";
import { discoverSso } from "@/server/sso/sign-in";

/**
 * As the login page's email is typed: does this address sign in through an identity provider (and must it)? Writes
 * nothing; tells only what the domain's own DNS record and the redirect would show anyway.
 */
export const POST = publicRoute(ssoSignInOperations.lookup, async ({ body }) => json(await discoverSso(body.email)));
