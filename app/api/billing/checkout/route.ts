import { startCheckout } from "@/server/billing/checkout";
import { billingOperations } from "@/server/billing/operations";
import { json, orgRoute } from "@/server/http/declare-route";

/** A checkout session for a paid plan: `{ url }` to send the billing manager to (Stripe's, or the development stand-in). */
export const POST = orgRoute(billingOperations.checkout, async ({ ctx, body, meta }) => {
  const started = await startCheckout(ctx, body.plan, meta);
  return started.ok ? json({ url: started.url }, 201) : started;
});
