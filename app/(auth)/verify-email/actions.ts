"use server";

import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/safe-redirect";
import { verifyEmailSchema } from "@/lib/validation/account";
import { verifyEmail } from "@/server/account/verification";

const NOTICES: Record<string, string> = { TOKEN_EXPIRED: "link-expired", TOKEN_USED: "link-used", EMAIL_TAKEN: "email-taken" };

/** Confirms the address, then continues where the link says (an invitation waiting for it) or on the account page. */
export async function verifyEmailAction(formData: FormData): Promise<void> {
  const parsed = verifyEmailSchema.safeParse({ token: formData.get("token") });
  const result = parsed.success ? await verifyEmail(parsed.data.token) : null;
  if (result?.ok && !result.change) {
    const next = safeNextPath(formData.get("next"), "");
    if (next.startsWith("/invite/")) redirect(next);
  }
  const notice = result?.ok ? (result.change ? "email-changed" : "email-verified") : ((result && NOTICES[result.code]) ?? "link-invalid");
  redirect(`/account?${new URLSearchParams({ notice })}`);
}
