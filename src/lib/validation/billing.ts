import { z } from "zod";

/** The plans one can buy (keys of PLANS with a price); the server checks the key against PLANS again. */
export const checkoutSchema = z.strictObject({ plan: z.string().trim().min(1).max(40) });

/** What the development stand-in of Stripe's portal can do to the subscription (app/dev/checkout/portal). */
export const DEV_PORTAL_CHANGES = ["switch_plan", "cancel_at_period_end", "resume", "cancel_now", "fail_payment", "pay"] as const;
export const devPortalSchema = z.object({ change: z.enum(DEV_PORTAL_CHANGES), plan: z.string().trim().max(40).optional() });
export const devCheckoutSchema = z.object({ plan: z.string().trim().min(1).max(40) });
export type DevPortalSchema = z.infer<typeof devPortalSchema>;
