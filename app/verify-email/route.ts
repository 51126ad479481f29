import type { NextRequest } from "next/server";
import { verifyEmailSchema } from "@/lib/validation/account";
import { verifyEmail } from "@/server/account/verification";
import { redirectToPath } from "@/server/http/redirect";
import { apiRoute } from "@/server/http/route";

/**
 * The link in verification and email-change emails. Answers with a redirect to the account page, which says what
 * happened (a signed-out visitor signs in first and lands there). The JSON API is POST /api/auth/verify-email.
 */
export const GET = apiRoute(async (request: NextRequest) => {
  const parsed = verifyEmailSchema.safeParse({ token: request.nextUrl.searchParams.get("token") ?? "" });
  const notice = parsed.success ? await outcome(parsed.data.token) : "link-invalid";
  return redirectToPath(`/account?${new URLSearchParams({ notice })}`);
});

async function outcome(token: string): Promise<string> {
  const result = await verifyEmail(token);
  if (result.ok) return result.change ? "email-changed" : "email-verified";
  return { TOKEN_EXPIRED: "link-expired", TOKEN_USED: "link-used", EMAIL_TAKEN: "email-taken" }[result.code as string] ?? "link-invalid";
}
