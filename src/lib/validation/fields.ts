import { z } from "zod";
import { RESERVED_SLUGS } from "../slug";

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

// As above, but line breaks and tabs are allowed.
const FORBIDDEN_IN_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** A longer human text such as a description: trimmed, may be empty, may span lines; "\r\n" becomes "\n". */
export function multilineText(label: string, max: number) {
  return z
    .string({ error: `${capitalize(label)} must be text.` })
    .refine((value) => value.isWellFormed(), `${capitalize(label)} contains invalid characters.`)
    .transform((value) => value.normalize("NFC").replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .max(max, `${capitalize(label)} must be at most ${max} characters.`)
        .refine((value) => !FORBIDDEN_IN_MULTILINE.test(value), `${capitalize(label)} contains invalid characters.`),
    );
}

/**
 * What someone types into a search box: trimmed, at most `max` characters, and no control characters (PostgreSQL
 * text cannot hold a NUL: such a search would fail in the database instead of finding nothing).
 */
export function searchText(max = 100) {
  return z
    .string()
    .trim()
    .max(max, `Search for at most ${max} characters.`)
    .refine(
      (value) => value.isWellFormed() && !FORBIDDEN_CHARACTERS.test(value),
      "The search contains characters that cannot be searched for.",
    );
}

/** Emails are stored trimmed and lower-cased, and compared that way. */
export const emailField = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "Email addresses are at most 254 characters.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

/** An organization's URL name, as typed by a person: "acme-labs". Also its subdomain when ROOT_DOMAIN is set. */
export const slugField = z
  .string({ error: "Enter a URL name." })
  .trim()
  .toLowerCase()
  .min(2, "The URL name needs at least 2 characters.")
  .max(48, "The URL name can be at most 48 characters.")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens, like acme-labs.")
  .refine((slug) => !RESERVED_SLUGS.has(slug), "That URL name is reserved. Choose another.");

/**
 * A number from JSON, or the digits a form field sends. Nothing else is coerced: `true`, `[5]` or `""` are errors,
 * not 1, 5 or 0 (z.coerce.number would accept them all).
 */
export function numberOrDigits<S extends z.ZodNumber>(number: S) {
  return z.preprocess((value) => (typeof value === "string" && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value), number);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The query of every keyset-paginated list (src/server/pagination.ts): a cursor (the last row's id of the page
 * before) and a page size of 1 to 100, 50 unless asked. Spread into a list's query schema.
 */
export const pageQuery = {
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int("Limit must be a whole number.").min(1).max(100, "Limit is at most 100.").optional().default(50),
};
