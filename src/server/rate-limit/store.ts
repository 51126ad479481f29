import "server-only";
import type { RateLimitRule } from "./limits";

export type RateLimitHit = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Where attempts are counted: one fixed window per key. Every hit counts, allowed or not. */
export interface RateLimitStore {
  hit(key: string, rule: RateLimitRule): Promise<RateLimitHit>;
}
