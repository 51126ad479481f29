import "server-only";
import { requestPasswordResetSchema, resetPasswordSchema, verifyEmailSchema } from "@/lib/validation/account";
import { loginSchema, signupSchema } from "@/lib/validation/auth";
import { passkeyOptionsSchema, passkeySignInSchema } from "@/lib/validation/passkeys";
import { secondFactorSchema } from "@/lib/validation/two-factor";
import type { Operation } from "@/server/http/operation";

/** Signing in and out, signing up, resetting a password, confirming an address: for anyone, rate-limited inside. */
export const authOperations = {
  signup: { body: signupSchema },
  login: { body: loginSchema },
  // The second step of a sign-in; reads the pending sign-in cookie the first step set.
  secondFactor: { body: secondFactorSchema },
  // A passkey alone, or as the second step (purpose second-factor, with the pending sign-in cookie).
  passkeyOptions: { body: passkeyOptionsSchema },
  passkeySignIn: { body: passkeySignInSchema },
  // Reads the cookie itself: signing out without one is no error.
  logout: {},
  requestPasswordReset: { body: requestPasswordResetSchema },
  resetPassword: { body: resetPasswordSchema },
  verifyEmail: { body: verifyEmailSchema },
} as const satisfies Record<string, Operation>;
