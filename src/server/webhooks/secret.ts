import "server-only";
import { randomBytes } from "node:crypto";

/** A Standard Webhooks signing secret: `whsec_` and 24 random bytes in base64, as receivers' libraries expect. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

/** How long the secret before a rotation keeps signing beside the new one, so a receiver can switch without a gap. */
export const ROTATION_OVERLAP_HOURS = 24;
