import { z } from "zod";
import { isTypablePassword, passwordSchema, TYPABLE_PASSWORD_MESSAGE } from "../password-rules";
import { displayText, emailField } from "./fields";
import { INVITE_TOKEN_PATTERN } from "./invites";

/** An emailed account link's token: 32 random bytes in base64url, like an invitation's. */
export const accountTokenField = z
  .string({ error: "Send the token from the link." })
  .regex(INVITE_TOKEN_PATTERN, "That link is incomplete or mistyped. Open the link from the email again.");

/** The password the user has now, asked again before a sensitive change; never explains the password rules. */
export const currentPasswordField = z
  .string({ error: "Enter your current password." })
  .min(1, "Enter your current password.")
  .max(1024, "That password is too long.")
  .refine(isTypablePassword, TYPABLE_PASSWORD_MESSAGE);

export const verifyEmailSchema = z.strictObject({ token: accountTokenField });

export const requestPasswordResetSchema = z.strictObject({ email: emailField });

export const resetPasswordSchema = z.strictObject({ token: accountTokenField, password: passwordSchema });

export const updateProfileSchema = z.strictObject({ name: displayText("your name", 100) });

export const changeEmailSchema = z.strictObject({ email: emailField, password: currentPasswordField });

export const changePasswordSchema = z.strictObject({ currentPassword: currentPasswordField, newPassword: passwordSchema });

export const deleteAccountSchema = z.strictObject({ password: currentPasswordField });
