"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/server/http/declare-action";
import { securityOperations } from "@/server/security/operations";
import { updateSecurityPolicy } from "@/server/security/policy";

export const updateSecurityAction = orgAction(
  // Checkboxes: ticked sends "on", unticked sends nothing.
  // "Require single sign-on" is on the form only where there is a connection ("on", or "off" from the hidden field
  // after the box): elsewhere it is left as is.
  {
    ...securityOperations.update,
    fromForm: (fields) => ({
      requireTwoFactor: fields.requireTwoFactor === "on",
      supportAccessAllowed: fields.supportAccessAllowed === "on",
      ...(fields.requireSso === undefined ? {} : { requireSso: fields.requireSso === "on" }),
    }),
  },
  async ({ ctx, input, meta }) => {
    const result = await updateSecurityPolicy(ctx, input, meta);
    if (!result.ok) return result;
    revalidatePath("/dashboard/settings");
    return { status: "success", message: "Security policy saved." };
  },
);
