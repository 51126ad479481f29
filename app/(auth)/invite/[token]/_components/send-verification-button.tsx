"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/form-state";
import { sendInviteVerificationAction } from "../actions";

/** "Send the verification link again" on an invitation that waits for a verified address. */
export function SendVerificationButton({ token }: { token: string }) {
  const [state, action, pending] = useActionState(sendInviteVerificationAction.bind(null, token), initialFormState);
  return (
    <form action={action} className="space-y-2">
      <button
        type="submit"
        disabled={pending}
        className="flex w-full justify-center rounded-md border border-zinc-300 bg-white px-4 py-2 text-sm font-semibold text-zinc-900 shadow-sm hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:opacity-70 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800"
      >
        {pending ? "Sending…" : "Send the verification link again"}
      </button>
      {state.message && (
        <p role={state.status === "error" ? "alert" : "status"} className="text-sm">
          {state.message}
        </p>
      )}
    </form>
  );
}
