"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/form-state";
import { removePasskeyAction } from "../actions";

export function RemovePasskey({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState(removePasskeyAction.bind(null, id), initialFormState);
  return (
    <form action={action}>
      {state.status === "error" && <span className="mr-2 text-xs text-red-600">{state.message}</span>}
      <button
        type="submit"
        disabled={pending}
        aria-label={`Remove passkey ${name}`}
        className="text-sm font-medium text-red-700 hover:underline dark:text-red-400"
      >
        {pending ? "Removing…" : "Remove"}
      </button>
    </form>
  );
}
