"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/server/http/declare-action";
import { securityOperations } from "@/server/security/operations";
import { updateSecurityPolicy } from "@/server/security/policy";

export const updateSecurityAction = orgAction(
  // Checkboxes: ticked sends "on", unticked sends nothing.
  { ...securityOperations.update, fromForm: (fields) => ({ requireTwoFactor: fields.requireTwoFactor === "on", supportAccessAllowed: fields.supportAccessAllowed === "on" }) },
  async ({ ctx, input, meta }) => {
    const result = await updateSecurityPolicy(ctx, input, meta);
    if (!result.ok) return result;
    revalidatePath("/dashboard/settings");
    return { status: "success", message: "Security policy saved." };
  },
);
