import "server-only";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, updateProfileSchema } from "@/lib/validation/account";
import type { Operation } from "@/server/http/operation";

/** The signed-in person's own account: app/api/account… and the account page's forms. Never an organization's. */
export const accountOperations = {
  read: {},
  rename: { body: updateProfileSchema },
  delete: { body: deleteAccountSchema },
  changeEmail: { body: changeEmailSchema },
  cancelEmailChange: {},
  changePassword: { body: changePasswordSchema },
  listSessions: {},
  revokeSession: { params: ["id"] },
  revokeAllSessions: {},
  resendVerification: {},
} as const satisfies Record<string, Operation>;
