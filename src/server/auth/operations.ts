import "server-only";
import { requestPasswordResetSchema, resetPasswordSchema, verifyEmailSchema } from "@/lib/validation/account";
import { loginSchema, signupSchema } from "@/lib/validation/auth";
import type { Operation } from "@/server/http/operation";

/** Signing in and out, signing up, resetting a password, confirming an address: for anyone, rate-limited inside. */
export const authOperations = {
  signup: { body: signupSchema },
  login: { body: loginSchema },
  // Reads the cookie itself: signing out without one is no error.
  logout: {},
  requestPasswordReset: { body: requestPasswordResetSchema },
  resetPassword: { body: resetPasswordSchema },
  verifyEmail: { body: verifyEmailSchema },
} as const satisfies Record<string, Operation>;
