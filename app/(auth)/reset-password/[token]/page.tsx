import type { Metadata } from "next";
import { ResetPasswordForm } from "./_components/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

/** Reached from the reset email. The token is checked when the form is sent, so opening the link uses nothing up. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight">Choose a new password</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        Setting it signs your account out on every device; you then log in with the new password.
      </p>
      <ResetPasswordForm token={token.slice(0, 64)} />
    </>
  );
}
