"use server";

import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/safe-redirect";
import { accountOperations } from "@/server/account/operations";
import { confirmIdentity } from "@/server/auth/step-up";
import { sessionAction } from "@/server/http/declare-action";

export const confirmIdentityAction = sessionAction(accountOperations.confirm, async ({ session, input, formData }) => {
  const result = await confirmIdentity(session, input, null);
  if (!result.ok) return result;
  redirect(safeNextPath(formData.get("next")));
});
