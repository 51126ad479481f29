import { openPortal } from "@/server/billing/checkout";
import { billingOperations } from "@/server/billing/operations";
import { json, orgRoute } from "@/server/http/declare-route";

/** A Customer Portal session: `{ url }` where the billing manager changes plan, payment method or cancels. */
export const POST = orgRoute(billingOperations.portal, async ({ ctx }) => {
  const opened = await openPortal(ctx);
  return opened.ok ? json({ url: opened.url }, 201) : opened;
});
