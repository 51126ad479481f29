import { z } from "zod";
import { passwordSchema } from "../password-rules";
import { displayText, emailField, slugField } from "./fields";

export const signupSchema = z.strictObject({
  name: displayText("your name", 100),
  email: emailField,
  password: passwordSchema,
  organizationName: displayText("an organization name", 100),
});
export type SignupInput = z.infer<typeof signupSchema>;

export const loginSchema = z.strictObject({
  email: emailField,
  // Login never explains password rules: any non-empty string is checked against the hash.
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(1024, "That password is too long."),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const createOrganizationSchema = z.strictObject({
  name: displayText("an organization name", 100),
  /** Optional: derived from the name (and made unique) when left out. */
  slug: slugField.optional(),
});
export type CreateOrganizationInput = z.infer<typeof createOrganizationSchema>;

export const switchOrganizationSchema = z.strictObject({
  organizationId: z.string({ error: "Say which organization to switch to." }).min(1, "Say which organization to switch to.").max(64),
});
