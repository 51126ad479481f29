import { z } from "zod";
import { isTypablePassword, passwordSchema, TYPABLE_PASSWORD_MESSAGE } from "../password-rules";
import { displayText, emailField, slugField } from "./fields";
import { inviteTokenField } from "./invites";

function isObjectPayload(payload: { value: unknown }): boolean {
  return typeof payload.value === "object" && payload.value !== null;
}

export const signupSchema = z
  .strictObject({
    name: displayText("your name", 100),
    email: emailField,
    password: passwordSchema,
    /** A new organization the user will own; left out when joining one with `inviteToken`. */
    organizationName: displayText("an organization name", 100).optional(),
    inviteToken: inviteTokenField.optional(),
  })
  // Checked even when other fields are invalid (`when`), so that every field error is reported at once.
  .refine((input) => input.inviteToken !== undefined || input.organizationName !== undefined, {
    path: ["organizationName"],
    message: "Enter an organization name.",
    when: isObjectPayload,
  })
  .refine((input) => input.inviteToken === undefined || input.organizationName === undefined, {
    path: ["organizationName"],
    message: "Leave this out when joining with an invitation.",
    when: isObjectPayload,
  });
export type SignupInput = z.infer<typeof signupSchema>;

export const loginSchema = z.strictObject({
  email: emailField,
  // Login never explains password rules: any non-empty string is checked against the hash.
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(1024, "That password is too long.")
    .refine(isTypablePassword, TYPABLE_PASSWORD_MESSAGE),
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
