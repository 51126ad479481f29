import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-indigo-600 font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-indigo-600",
  danger: "bg-red-600 font-semibold text-white shadow-sm hover:bg-red-500 focus-visible:outline-red-600",
  // One of several small actions side by side (a row's buttons, Cancel): outlined, not filled.
  secondary:
    "border border-zinc-300 font-medium text-zinc-800 hover:bg-zinc-50 focus-visible:outline-indigo-600 dark:border-zinc-700 dark:text-zinc-100 dark:hover:bg-zinc-800",
  // The first step of something destructive ("Delete project…"): red, but not yet the filled button that does it.
  "danger-outline":
    "border border-red-300 font-medium text-red-700 hover:bg-red-50 focus-visible:outline-red-600 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950",
  // Reads as a link inside a row of text; still a button, because it acts rather than navigates.
  link: "font-medium text-indigo-700 hover:underline focus-visible:outline-indigo-600 dark:text-indigo-300",
  "danger-link": "font-medium text-red-700 hover:underline focus-visible:outline-red-600 dark:text-red-300",
} as const;

const SIZES = { sm: "px-2.5 py-1 text-sm", md: "px-3 py-1.5 text-sm", lg: "px-4 py-2 text-sm" } as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

/**
 * The classes of a button of `variant`: for the rare element that must look like a button without being one (a
 * link to another page, a file input's label). Links and link-like buttons take no padding.
 */
export function buttonClass(variant: ButtonVariant = "secondary", size: ButtonSize = "md", extra = ""): string {
  const padding = variant === "link" || variant === "danger-link" ? "text-sm" : `rounded-md ${SIZES[size]}`;
  return `inline-flex items-center justify-center gap-2 whitespace-nowrap focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60 ${padding} ${VARIANTS[variant]} ${extra}`.trim();
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize };

/** Every button that is not a form's submit (SubmitButton): a plain `type="button"` unless it says otherwise. */
export function Button({ variant = "secondary", size = "md", className = "", type = "button", ...button }: Props) {
  return <button type={type} className={buttonClass(variant, size, className)} {...button} />;
}
