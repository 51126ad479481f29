"use server";

import { revalidatePath } from "next/cache";
import { accountOperations } from "@/server/account/operations";
import { sessionAction } from "@/server/http/declare-action";
import { fail } from "@/server/results/result";
import { isId } from "@/server/ids";
import { removePasskey } from "@/server/passkeys/ceremonies";
import { confirmTotpEnrolment, disableTotp, regenerateRecoveryCodes, startTotpEnrolment } from "@/server/two-factor/enrolment";
import type { RecoveryCodesState } from "./_components/recovery-codes";

const PAGE = "/account/two-factor";

export const startTotpAction = sessionAction(accountOperations.startTotp, async ({ session }) => {
  const result = await startTotpEnrolment(session);
  if (!result.ok) return result;
  revalidatePath(PAGE);
});

export const confirmTotpAction = sessionAction<typeof accountOperations.confirmTotp, [], RecoveryCodesState>(
  accountOperations.confirmTotp,
  async ({ session, input }) => {
    const result = await confirmTotpEnrolment(session, input.code);
    if (!result.ok) return result;
    return { status: "success", message: "Two-factor authentication is on.", recoveryCodes: result.recoveryCodes };
  },
);

export const regenerateRecoveryCodesAction = sessionAction<typeof accountOperations.regenerateRecoveryCodes, [], RecoveryCodesState>(
  accountOperations.regenerateRecoveryCodes,
  async ({ session, input }) => {
    const result = await regenerateRecoveryCodes(session, input.code);
    if (!result.ok) return result;
    return { status: "success", message: "New recovery codes: the old ones no longer work.", recoveryCodes: result.recoveryCodes };
  },
);

export const disableTotpAction = sessionAction(accountOperations.disableTotp, async ({ session, input }) => {
  const result = await disableTotp(session, input);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: "Two-factor authentication is off." };
});

export const removePasskeyAction = sessionAction(accountOperations.removePasskey, async ({ session }, id: string) => {
  if (!isId(id)) return fail("NOT_FOUND", "Passkey not found.");
  const result = await removePasskey(session, id);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: "Passkey removed." };
});
