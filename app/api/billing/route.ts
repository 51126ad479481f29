import { billingOperations } from "@/server/billing/operations";
import { billingOverview } from "@/server/billing/queries";
import { json, orgRoute } from "@/server/http/declare-route";

/** The organization's plan, entitlements, usage and recent invoices. */
export const GET = orgRoute(billingOperations.read, async ({ ctx }) =>
  json({ entitlements: ctx.entitlements, ...(await billingOverview(ctx)) }),
);
