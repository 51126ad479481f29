import { samlPostSchema } from "@/lib/validation/sso";
import { publicRoute } from "@/server/http/declare-route";
import { fail } from "@/server/results/result";
import { SSO_ATTEMPT_COOKIE } from "@/server/sso/attempts";
import { finishSsoSignIn, ssoFailed } from "@/server/sso/browser";
import { ssoSignInOperations } from "@/server/sso/operations";
import { completeSamlSignIn } from "@/server/sso/sign-in";

/**
 * The Assertion Consumer Service: the identity provider's page posts the SAML response here (HTTP-POST binding),
 * from its own origin by design, so this one route takes cross-site posts. The signature, the single-use request it
 * answers and the spent assertion IDs are what authenticate it (sso/saml.ts).
 */
export const POST = publicRoute(
  ssoSignInOperations.samlAcs,
  async ({ request, params, meta }) => {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return ssoFailed(fail("SSO_FAILED", "No SAML response was posted."));
    }
    const posted = samlPostSchema.safeParse({
      SAMLResponse: form.get("SAMLResponse") ?? undefined,
      RelayState: form.get("RelayState") || undefined,
    });
    if (!posted.success) return ssoFailed(fail("SSO_FAILED", "No SAML response was posted."));
    const result = await completeSamlSignIn(
      params.organizationId,
      posted.data,
      request.cookies.get(SSO_ATTEMPT_COOKIE)?.value ?? null,
      meta,
    );
    return finishSsoSignIn(result);
  },
  { acceptsCrossSite: true },
);
