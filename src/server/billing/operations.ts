import "server-only";
import { checkoutSchema, devCheckoutSchema, devPortalSchema } from "@/lib/validation/billing";
import type { OrgOperation } from "@/server/http/operation";

/** Each billing operation's permission and input, shared by app/api/billing and the billing page's forms. */
export const billingOperations = {
  read: { permission: "billing.manage" },
  checkout: { permission: "billing.manage", body: checkoutSchema },
  portal: { permission: "billing.manage" },
  devCheckout: { permission: "billing.manage", body: devCheckoutSchema },
  devPortal: { permission: "billing.manage", body: devPortalSchema },
} as const satisfies Record<string, OrgOperation>;
