import "server-only";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, updateProfileSchema } from "@/lib/validation/account";
import { confirmIdentitySchema, registerPasskeySchema } from "@/lib/validation/passkeys";
import { confirmTotpSchema, disableTotpSchema, passkeyNameSchema, regenerateRecoveryCodesSchema } from "@/lib/validation/two-factor";
import type { Operation } from "@/server/http/operation";

/** The signed-in person's own account: app/api/account… and the account page's forms. Never an organization's. */
export const accountOperations = {
  read: {},
  rename: { body: updateProfileSchema },
  delete: { body: deleteAccountSchema, stepUp: true },
  changeEmail: { body: changeEmailSchema, stepUp: true },
  cancelEmailChange: {},
  changePassword: { body: changePasswordSchema, stepUp: true },
  listSessions: {},
  revokeSession: { params: ["id"] },
  revokeAllSessions: {},
  resendVerification: {},
  // Two-factor (src/server/two-factor) and passkeys (src/server/passkeys): the person's own second factors.
  twoFactorStatus: {},
  startTotp: {},
  confirmTotp: { body: confirmTotpSchema },
  disableTotp: { body: disableTotpSchema },
  regenerateRecoveryCodes: { body: regenerateRecoveryCodesSchema },
  passkeyOptions: {},
  listPasskeys: {},
  addPasskey: { body: registerPasskeySchema },
  renamePasskey: { body: passkeyNameSchema, params: ["id"] },
  removePasskey: { params: ["id"] },
  // A step-up: proves the second factor again in this session (src/server/auth/step-up.ts).
  confirmOptions: {},
  confirm: { body: confirmIdentitySchema },
} as const satisfies Record<string, Operation>;
