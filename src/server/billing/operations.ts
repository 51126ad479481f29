import "server-only";
import { checkoutSchema, devCheckoutSchema, devPortalSchema } from "@/lib/validation/billing";
import type { OrgOperation } from "@/server/http/operation";

/** Each billing operation's permission and input, shared by app/api/billing and the billing page's forms. Paying is a person's decision: keys may read. */
export const billingOperations = {
  read: { permission: "billing.manage" },
  checkout: { permission: "billing.manage", apiKeys: false, body: checkoutSchema },
  portal: { permission: "billing.manage", apiKeys: false },
  devCheckout: { permission: "billing.manage", apiKeys: false, body: devCheckoutSchema },
  devPortal: { permission: "billing.manage", apiKeys: false, body: devPortalSchema },
} as const satisfies Record<string, OrgOperation>;
