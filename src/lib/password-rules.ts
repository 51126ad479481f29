import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 10;
/** bcrypt ignores everything past 72 bytes; refusing is honest, truncating would not be. */
export const PASSWORD_MAX_BYTES = 72;

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .refine(
    (value) => new TextEncoder().encode(value).length <= PASSWORD_MAX_BYTES,
    `Use at most ${PASSWORD_MAX_BYTES} bytes (about ${PASSWORD_MAX_BYTES} letters, fewer with accents or emoji).`,
  );
