"use client";

import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonSize, type ButtonVariant } from "./button";

/** A form's submit button: disabled and saying what it is doing while the form is pending. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  size = "lg",
  fullWidth = true,
}: {
  children: React.ReactNode;
  pendingLabel: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  fullWidth?: boolean;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={buttonClass(variant, size, `disabled:cursor-wait ${fullWidth ? "w-full" : ""}`)}
    >
      {pending && <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-current/40 border-t-current" />}
      {pending ? pendingLabel : children}
    </button>
  );
}
