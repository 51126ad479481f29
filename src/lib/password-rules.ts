import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 10;
/** bcrypt ignores everything past 72 bytes; refusing is honest, truncating would not be. */
export const PASSWORD_MAX_BYTES = 72;

/**
 * No keyboard types a NUL or half of a surrogate pair; such a password is a malformed request, refused before it is
 * compared with anything (and a lone surrogate would be hashed as U+FFFD, matching other passwords).
 */
export function isTypablePassword(value: string): boolean {
  return value.isWellFormed() && !value.includes("\u0000");
}

export const TYPABLE_PASSWORD_MESSAGE = "The password contains characters that cannot be typed.";

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .refine(isTypablePassword, TYPABLE_PASSWORD_MESSAGE)
  .refine(
    (value) => new TextEncoder().encode(value).length <= PASSWORD_MAX_BYTES,
    `Use at most ${PASSWORD_MAX_BYTES} bytes (about ${PASSWORD_MAX_BYTES} letters, fewer with accents or emoji).`,
  );
