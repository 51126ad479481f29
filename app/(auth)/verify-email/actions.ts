"use server";

import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/safe-redirect";
import { verifyEmailSchema } from "@/lib/validation/account";
import { verifyEmail } from "@/server/account/verification";
import { authOperations } from "@/server/auth/operations";
import { publicAction } from "@/server/http/declare-action";

const NOTICES: Record<string, string> = { TOKEN_EXPIRED: "link-expired", TOKEN_USED: "link-used", EMAIL_TAKEN: "email-taken" };

/**
 * Confirms the address, then continues where the link says (an invitation waiting for it) or on the account page,
 * which says what happened: a bad link is a notice there, not a form error on a page with nothing to correct.
 */
export const verifyEmailAction = publicAction({ ...authOperations.verifyEmail, body: undefined }, async ({ formData }) => {
  const parsed = verifyEmailSchema.safeParse({ token: formData.get("token") });
  const result = parsed.success ? await verifyEmail(parsed.data.token) : null;
  if (result?.ok && !result.change) {
    const next = safeNextPath(formData.get("next"), "");
    if (next.startsWith("/invite/")) redirect(next);
  }
  const notice = result?.ok ? (result.change ? "email-changed" : "email-verified") : ((result && NOTICES[result.code]) ?? "link-invalid");
  redirect(`/account?${new URLSearchParams({ notice })}`);
});
