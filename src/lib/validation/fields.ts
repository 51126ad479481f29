import { z } from "zod";

// Control characters (incl. NUL, which PostgreSQL text refuses) and bidi overrides that disguise text.
const FORBIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** A one-line human text: trimmed, NFC-normalised, well-formed Unicode, no control characters. */
export function displayText(label: string, max: number) {
  return z
    .string({ error: `Enter ${label}.` })
    .refine((value) => value.isWellFormed(), `${capitalize(label)} contains invalid characters.`)
    .transform((value) => value.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(1, `Enter ${label}.`)
        .max(max, `${capitalize(label)} must be at most ${max} characters.`)
        .refine((value) => !FORBIDDEN_CHARACTERS.test(value), `${capitalize(label)} contains invalid characters.`),
    );
}

/** Emails are stored trimmed and lower-cased, and compared that way. */
export const emailField = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "Email addresses are at most 254 characters.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
