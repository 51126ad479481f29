import Stripe from "stripe";
import { billingGateway, webhookSecret } from "@/server/billing/gateway";
import { processStripeEvent } from "@/server/billing/webhooks";
import { json, publicRoute } from "@/server/http/declare-route";
import { fail } from "@/server/results/result";

/**
 * Stripe's webhook endpoint. Public (Stripe has no session), so the signature is the whole authentication: checked
 * on the raw body, with Stripe's 5-minute tolerance for the timestamp, before anything is parsed or written. A
 * redelivered event answers 200 without doing anything twice (webhooks.ts).
 */
export const POST = publicRoute({}, async ({ request }) => {
  const secret = webhookSecret();
  if (!secret || !billingGateway()) return fail("BILLING_OFF", "Billing is not configured on this server.");
  const payload = await request.text();
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(payload, request.headers.get("stripe-signature") ?? "", secret);
  } catch {
    return fail("INVALID_SIGNATURE", "The Stripe-Signature header does not match this body, or is too old.");
  }
  const outcome = await processStripeEvent(event);
  return json({ received: true, outcome });
});
