import { z } from "zod";
import { currentPasswordField } from "./account";
import { displayText } from "./fields";

/** Six digits from an authenticator app; spaces as some apps show them ("123 456") are fine. */
export const totpCodeField = z
  .string({ error: "Enter the 6-digit code from your authenticator app." })
  .transform((value) => value.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app."));

/** A recovery code as typed: checked for its form by the service (recovery-codes.ts), bounded here. */
export const recoveryCodeField = z
  .string({ error: "Enter one of your recovery codes." })
  .trim()
  .min(1, "Enter one of your recovery codes.")
  .max(40, "That is not a recovery code.");

/** The second step of a sign-in, and a step-up: a code from the app, or one recovery code. */
export const secondFactorSchema = z
  .strictObject({ code: totpCodeField.optional(), recoveryCode: recoveryCodeField.optional() })
  .refine((input) => (input.code === undefined) !== (input.recoveryCode === undefined), {
    path: ["code"],
    message: "Enter the 6-digit code from your authenticator app, or one recovery code.",
  });
export type SecondFactorInput = z.infer<typeof secondFactorSchema>;

export const confirmTotpSchema = z.strictObject({ code: totpCodeField });

/** Turning two-factor off asks for both: the password, and proof of the second factor. */
export const disableTotpSchema = z.strictObject({
  password: currentPasswordField,
  code: z
    .string({ error: "Enter a code from your app, or a recovery code." })
    .trim()
    .min(1, "Enter a code from your app, or a recovery code.")
    .max(40, "That is not a code.")
    // Digits, or a recovery code's letters and dashes: anything else is no code, refused before the password is tried.
    .regex(/^[A-Za-z0-9 -]+$/, "That is not a code."),
});

export const regenerateRecoveryCodesSchema = z.strictObject({ code: totpCodeField });

export const passkeyNameSchema = z.strictObject({ name: displayText("a name for this passkey", 60) });
