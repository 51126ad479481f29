import { z } from "zod";
import { passkeyNameSchema, recoveryCodeField, totpCodeField } from "./two-factor";

// What @simplewebauthn/browser sends back from the browser, bounded: the library checks the contents themselves.
const base64url = z
  .string()
  .max(16_384)
  .regex(/^[A-Za-z0-9_-]*$/, "Not base64url.");

const clientExtensionResults = z.record(z.string(), z.unknown()).default({});

export const assertionSchema = z.object({
  id: base64url.min(1),
  rawId: base64url.min(1),
  type: z.literal("public-key"),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults,
  response: z.object({ clientDataJSON: base64url, authenticatorData: base64url, signature: base64url, userHandle: base64url.optional() }),
});

export const attestationSchema = z.object({
  id: base64url.min(1),
  rawId: base64url.min(1),
  type: z.literal("public-key"),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults,
  response: z.object({
    clientDataJSON: base64url,
    attestationObject: base64url,
    authenticatorData: base64url.optional(),
    transports: z.array(z.string().max(32)).max(10).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url.optional(),
  }),
});

/** Sign-in with a passkey alone, or as the second step after the password. */
export const passkeySignInPurpose = z.enum(["sign-in", "second-factor"], {
  error: "Say what the passkey is for: sign-in or second-factor.",
});

export const passkeyOptionsSchema = z.strictObject({ purpose: passkeySignInPurpose });

export const passkeySignInSchema = z.strictObject({ purpose: passkeySignInPurpose, response: assertionSchema });

export const registerPasskeySchema = passkeyNameSchema.extend({ response: attestationSchema });

/** A step-up (src/server/auth/step-up.ts): a code from the app, one recovery code, or a passkey assertion. */
export const confirmIdentitySchema = z
  .strictObject({ code: totpCodeField.optional(), recoveryCode: recoveryCodeField.optional(), passkey: assertionSchema.optional() })
  .refine((input) => [input.code, input.recoveryCode, input.passkey].filter((value) => value !== undefined).length === 1, {
    path: ["code"],
    message: "Enter the 6-digit code from your authenticator app, or one recovery code, or use a passkey.",
  });
export type ConfirmIdentityInput = z.infer<typeof confirmIdentitySchema>;
