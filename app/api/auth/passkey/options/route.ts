import { authOperations } from "@/server/auth/operations";
import { PENDING_SIGN_IN_COOKIE, verifyPendingSignIn } from "@/server/auth/pending-sign-in";
import { json, publicRoute } from "@/server/http/declare-route";
import { fail } from "@/server/results/result";
import { authenticationOptions } from "@/server/passkeys/ceremonies";
import { checkRateLimits } from "@/server/rate-limit/consume";

// Public: a sign-in starts here. As a second factor, the pending sign-in cookie names the user whose passkeys count.
export const POST = publicRoute(authOperations.passkeyOptions, async ({ body, request, meta }) => {
  const limited = await checkRateLimits([{ rule: "passkeyPerIp", key: meta.ip }], "Too many passkey attempts.");
  if (limited) return limited;
  let userId: string | null = null;
  if (body.purpose === "second-factor") {
    userId = await verifyPendingSignIn(request.cookies.get(PENDING_SIGN_IN_COOKIE)?.value);
    if (!userId) return fail("UNAUTHENTICATED", "Your sign-in timed out. Enter your email and password again.");
  }
  return json({ options: await authenticationOptions(body.purpose, userId) });
});
