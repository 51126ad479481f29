"use client";

import { useFormStatus } from "react-dom";

const VARIANTS = {
  primary: "bg-indigo-600 text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-indigo-600",
  danger: "bg-red-600 text-white shadow-sm hover:bg-red-500 focus-visible:outline-red-600",
  // One of several small actions side by side (a row's buttons): outlined, not filled.
  secondary:
    "border border-zinc-300 text-zinc-800 hover:bg-zinc-50 focus-visible:outline-indigo-600 dark:border-zinc-700 dark:text-zinc-100 dark:hover:bg-zinc-800",
};

/** A form's primary button: disabled and saying what it is doing while the form is pending. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  fullWidth = true,
}: {
  children: React.ReactNode;
  pendingLabel: string;
  variant?: keyof typeof VARIANTS;
  fullWidth?: boolean;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-wait disabled:opacity-70 ${fullWidth ? "w-full" : ""} ${VARIANTS[variant]}`}
    >
      {pending && <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-current/40 border-t-current" />}
      {pending ? pendingLabel : children}
    </button>
  );
}
