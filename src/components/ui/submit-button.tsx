"use client";

import { useFormStatus } from "react-dom";

const VARIANTS = {
  primary: "bg-indigo-600 hover:bg-indigo-500 focus-visible:outline-indigo-600",
  danger: "bg-red-600 hover:bg-red-500 focus-visible:outline-red-600",
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
  variant?: "primary" | "danger";
  fullWidth?: boolean;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold text-white shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-wait disabled:opacity-70 ${fullWidth ? "w-full" : ""} ${VARIANTS[variant]}`}
    >
      {pending && <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" />}
      {pending ? pendingLabel : children}
    </button>
  );
}
