import "server-only";
import { env } from "@/env";

export type RequestMeta = { userAgent: string | null; ip: string | null };

/** Who is calling: for the session list, the audit log and per-address rate limits. */
export function requestMeta(headers: Headers): RequestMeta {
  return {
    userAgent: headers.get("user-agent")?.slice(0, 512) || null,
    ip: clientAddress(headers.get("x-forwarded-for"), env.TRUSTED_PROXY_COUNT) ?? headers.get("x-real-ip")?.trim().slice(0, 64) ?? null,
  };
}

/**
 * The client's address from X-Forwarded-For: each proxy appends the address it was called from, so the entry
 * `trustedProxies` places from the right was written by our own outermost proxy. Entries left of it are whatever the
 * client sent, and trusting them would let anyone pick a fresh address per request and walk past every limit.
 */
export function clientAddress(forwardedFor: string | null, trustedProxies: number): string | null {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  return entries[Math.max(0, entries.length - trustedProxies)]!.slice(0, 64);
}
