"use client";

import { buttonClass } from "@/components/ui/button";
import Link from "next/link";
import { useActionState, useEffect, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { PasskeyButton } from "@/components/passkey-button";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { loginAction } from "../actions";

/**
 * The email first: an address whose organization has single sign-on is offered its identity provider (and, where
 * it is required, the password only as an owner's way in); any other gets the password and passkey. `email`
 * prefills the address, e.g. from an invitation to it.
 */
export function LoginForm({ next, email, notice, error }: { next?: string; email?: string; notice?: string; error?: string }) {
  const [state, action] = useActionState(loginAction, initialFormState);
  const { fields = {}, values = {} } = state;
  const [address, setAddress] = useState(values.email ?? email ?? "");
  const sso = useSingleSignOn(address);
  const [withPassword, setWithPassword] = useState(false);
  const passwordShown = !sso || withPassword;
  const alert = state.message ?? error;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={alert ?? notice} tone={alert ? "error" : "success"} />
      {next && <input type="hidden" name="next" value={next} />}
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        value={address}
        onChange={(event) => setAddress(event.target.value)}
        error={fields.email}
      />
      {sso && <SingleSignOnButton email={address} next={next} required={sso.required} />}
      {sso && !withPassword && (
        <button
          type="button"
          onClick={() => setWithPassword(true)}
          className="text-sm text-indigo-600 hover:underline dark:text-indigo-400"
        >
          {sso.required ? "Owner? Sign in with your password instead" : "Use my password instead"}
        </button>
      )}
      {passwordShown && (
        <>
          <Field label="Password" name="password" type="password" autoComplete="current-password" required error={fields.password} />
          <p className="-mt-2 text-right text-sm">
            <Link href="/forgot-password" className="text-indigo-600 hover:underline dark:text-indigo-400">
              Forgot password?
            </Link>
          </p>
          <SubmitButton pendingLabel="Logging in…">Log in</SubmitButton>
          <div className="flex items-center gap-3 text-xs text-zinc-500 uppercase dark:text-zinc-400" aria-hidden>
            <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
            or
            <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
          </div>
          <PasskeyButton purpose="sign-in" next={next} label="Sign in with a passkey" />
        </>
      )}
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        New here?{" "}
        <Link href="/signup" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          Create an account
        </Link>
      </p>
    </form>
  );
}

type Sso = { protocol: "SAML" | "OIDC"; required: boolean } | null;

/** Whether the address typed signs in through its organization's identity provider, asked once it looks complete. */
function useSingleSignOn(email: string): Sso {
  const [found, setFound] = useState<{ email: string; sso: Sso }>({ email: "", sso: null });
  const candidate = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(email.trim()) ? email.trim().toLowerCase() : "";
  useEffect(() => {
    if (!candidate) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch("/api/auth/sso/discover", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: candidate }),
        signal: controller.signal,
      })
        .then((response) => (response.ok ? response.json() : { sso: null }))
        .then((body: { sso: Sso }) => setFound({ email: candidate, sso: body.sso }))
        .catch(() => {});
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [candidate]);
  return candidate && found.email === candidate ? found.sso : null;
}

function SingleSignOnButton({ email, next, required }: { email: string; next?: string; required: boolean }) {
  const [state, setState] = useState<{ pending: boolean; error?: string }>({ pending: false });
  const go = async () => {
    setState({ pending: true });
    try {
      const response = await fetch("/api/auth/sso", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, ...(next ? { next } : {}) }),
      });
      const body = (await response.json()) as { redirectUrl?: string | null; error?: { message: string } };
      if (body.redirectUrl) return window.location.assign(body.redirectUrl);
      setState({
        pending: false,
        error: body.error?.message ?? "Single sign-on is not available for this address any more. Use your password.",
      });
    } catch {
      setState({ pending: false, error: "Could not reach the server. Check your connection and try again." });
    }
  };
  return (
    <div className="space-y-2 rounded-md border border-indigo-200 bg-indigo-50 p-3 dark:border-indigo-900 dark:bg-indigo-950/40">
      <p className="text-sm text-indigo-950 dark:text-indigo-100">
        {required
          ? "Your organization requires single sign-on: continue with your identity provider."
          : "Your organization uses single sign-on."}
      </p>
      <FormAlert message={state.error} tone="error" />
      <button type="button" onClick={go} disabled={state.pending} className={buttonClass("primary", "lg", "w-full")}>
        {state.pending ? "Opening your identity provider…" : "Continue with single sign-on"}
      </button>
    </div>
  );
}
