"use server";

import { redirect } from "next/navigation";
import { startCheckout, openPortal } from "@/server/billing/checkout";
import { billingOperations } from "@/server/billing/operations";
import { orgAction } from "@/server/http/declare-action";

export const checkoutAction = orgAction(billingOperations.checkout, async ({ ctx, input, meta }) => {
  const started = await startCheckout(ctx, input.plan, meta);
  if (!started.ok) return started;
  redirect(started.url);
});

export const portalAction = orgAction(billingOperations.portal, async ({ ctx }) => {
  const opened = await openPortal(ctx);
  if (!opened.ok) return opened;
  redirect(opened.url);
});
