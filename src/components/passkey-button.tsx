"use client";

import { buttonClass } from "@/components/ui/button";
import { startAuthentication, WebAuthnError } from "@simplewebauthn/browser";
import { useState } from "react";
import { errorMessageOf, postJson } from "@/lib/post-json";

type Purpose = "sign-in" | "second-factor" | "step-up";

const ENDPOINTS: Record<Purpose, { options: string; verify: string }> = {
  "sign-in": { options: "/api/auth/passkey/options", verify: "/api/auth/passkey" },
  "second-factor": { options: "/api/auth/passkey/options", verify: "/api/auth/passkey" },
  "step-up": { options: "/api/account/confirm/options", verify: "/api/account/confirm" },
};

/**
 * Asks the browser for a passkey (navigator.credentials.get through @simplewebauthn/browser) and sends its answer to
 * the server; then goes on to `next`, or where a sign-in lands.
 */
export function PasskeyButton({ purpose, next, label }: { purpose: Purpose; next?: string; label: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const endpoints = ENDPOINTS[purpose];

  async function run() {
    setBusy(true);
    setError(null);
    try {
      const options = await postJson(endpoints.options, purpose === "step-up" ? {} : { purpose });
      if (!options.ok) return setError(errorMessageOf(options.data));
      const response = await startAuthentication({
        optionsJSON: options.data.options as Parameters<typeof startAuthentication>[0]["optionsJSON"],
      });
      const verified = await postJson(endpoints.verify, purpose === "step-up" ? { passkey: response } : { purpose, response });
      if (!verified.ok) return setError(errorMessageOf(verified.data));
      const landing = purpose === "step-up" ? "/dashboard" : verified.data.organization ? "/dashboard" : "/onboarding";
      window.location.assign(next ?? landing);
    } catch (caught) {
      // The person closed the browser's dialog, or has no passkey for this site here.
      setError(
        caught instanceof WebAuthnError || (caught instanceof Error && caught.name === "NotAllowedError")
          ? "No passkey was used. Try again, or use another way."
          : "Passkeys do not work in this browser.",
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      <button type="button" onClick={run} disabled={busy} className={buttonClass("secondary", "lg", "w-full")}>
        <svg aria-hidden viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="9" cy="8" r="4" />
          <path d="M2 21v-1a6 6 0 0 1 10.5-4M17 11a3 3 0 1 1 0 6 3 3 0 0 1 0-6Zm0 6v5m0-2h2" />
        </svg>
        {busy ? "Waiting for your passkey…" : label}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
