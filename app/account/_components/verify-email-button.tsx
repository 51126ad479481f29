"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { resendVerificationAction } from "../actions";

/**
 * "Send the link again", with the outcome said next to it. Used by the dashboard banner, the account page and an
 * invitation waiting for a verified address (whose action makes the link lead back to it).
 */
export function VerifyEmailButton({ send = resendVerificationAction }: { send?: (state: FormState) => Promise<FormState> }) {
  const [state, action, pending] = useActionState(send, initialFormState);
  return (
    <form action={action} className="inline-flex flex-wrap items-center gap-2">
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-amber-300 bg-white px-2.5 py-1 text-sm font-medium text-amber-900 hover:bg-amber-50 focus-visible:outline-2 focus-visible:outline-amber-600 disabled:opacity-70 dark:border-amber-800 dark:bg-transparent dark:text-amber-100 dark:hover:bg-amber-900/40"
      >
        {pending ? "Sending…" : "Send the link again"}
      </button>
      {state.message && (
        <span role={state.status === "error" ? "alert" : "status"} className="text-sm">
          {state.message}
        </span>
      )}
    </form>
  );
}
