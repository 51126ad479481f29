import "server-only";
import { env } from "@/env";
import { relyingPartyOf } from "@/lib/relying-party";

export const RELYING_PARTY_NAME = "Orgstack";

/** Who passkeys are for, in this deployment (src/lib/relying-party.ts). */
export function relyingPartyId(): string {
  return relyingPartyOf({ appUrl: env.APP_URL, rootDomain: env.ROOT_DOMAIN }).id;
}

/** The origin a ceremony may come from, or null (src/lib/relying-party.ts). */
export function allowedOrigin(origin: string | null): string | null {
  return relyingPartyOf({ appUrl: env.APP_URL, rootDomain: env.ROOT_DOMAIN }).allowedOrigin(origin);
}
