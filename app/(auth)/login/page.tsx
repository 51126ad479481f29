import type { Metadata } from "next";
import { safeNextPath } from "@/lib/safe-redirect";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Log in" };

type SearchParams = Promise<{
  next?: string | string[];
  email?: string | string[];
  notice?: string | string[];
  sso_error?: string | string[];
}>;

/** Messages other flows leave for the login page (?notice=…). */
const NOTICES: Record<string, string> = {
  "password-reset": "Your password has been changed and every session signed out. Log in with the new password.",
  "signed-out-everywhere": "You have been signed out on every device.",
  "account-deleted": "Your account has been deleted.",
};

/** Why a single sign-on did not sign the person in (?sso_error=CODE): fixed texts, nothing of the answer echoed. */
const SSO_ERRORS: Record<string, string> = {
  SSO_FAILED:
    "Single sign-on did not work: the identity provider's answer was refused or the sign-in expired. Try again; if it keeps failing, ask your administrator.",
  SSO_NOT_PROVISIONED:
    "Your organization's directory has not given you access to this app yet. Ask your administrator to assign it to you.",
  SSO_UNAVAILABLE: "Your identity provider could not be reached. Try again in a moment.",
  PLAN_LIMIT_REACHED: "Your organization has no free seat for you. Ask one of its admins to free a seat or upgrade the plan.",
  NOT_FOUND: "That organization has no single sign-on set up.",
  RATE_LIMITED: "Too many single sign-on attempts from your network. Wait a few minutes and try again.",
};

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const { next, email, notice, sso_error: ssoError } = await searchParams;
  const target = typeof next === "string" ? safeNextPath(next) : undefined;
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight">Log in to Orgstack</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        {target && target !== "/dashboard" ? "Log in to continue where you were going." : "Welcome back."}
      </p>
      <LoginForm
        next={target}
        email={typeof email === "string" ? email.slice(0, 254) : undefined}
        notice={typeof notice === "string" ? NOTICES[notice] : undefined}
        error={typeof ssoError === "string" ? (SSO_ERRORS[ssoError] ?? SSO_ERRORS.SSO_FAILED) : undefined}
      />
    </>
  );
}
