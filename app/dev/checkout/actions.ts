"use server";

import { redirect } from "next/navigation";
import { changeDevSubscription, completeDevCheckout } from "@/server/billing/development-checkout";
import { billingOperations } from "@/server/billing/operations";
import { orgAction } from "@/server/http/declare-action";

export const devCheckoutAction = orgAction(billingOperations.devCheckout, async ({ ctx, input }) => {
  const done = await completeDevCheckout(ctx, input.plan);
  if (!done.ok) return done;
  redirect("/dashboard/billing?checkout=done");
});

export const devPortalAction = orgAction(billingOperations.devPortal, async ({ ctx, input }) => {
  const done = await changeDevSubscription(ctx, input);
  if (!done.ok) return done;
  redirect("/dashboard/billing?changed=1");
});
