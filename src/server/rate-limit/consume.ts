import "server-only";
import { env } from "@/env";
import { fail, type Failure } from "@/server/results/result";
import { RATE_LIMITS, type RateLimitName } from "./limits";
import { PostgresRateLimitStore } from "./postgres-store";
import { createRedisClient, RedisRateLimitStore } from "./redis-store";
import type { RateLimitStore } from "./store";

const globalForRateLimit = globalThis as unknown as { orgstackRateLimitStore?: RateLimitStore };

/** Redis when REDIS_URL is set, PostgreSQL otherwise; one store (and one Redis connection) per process. */
export function rateLimitStore(): RateLimitStore {
  if (!globalForRateLimit.orgstackRateLimitStore) {
    const postgres = new PostgresRateLimitStore();
    globalForRateLimit.orgstackRateLimitStore = env.REDIS_URL
      ? new RedisRateLimitStore(createRedisClient(env.REDIS_URL), postgres)
      : postgres;
  }
  return globalForRateLimit.orgstackRateLimitStore;
}

/** For tests: count in another store from now on. */
export function useRateLimitStore(store: RateLimitStore): void {
  globalForRateLimit.orgstackRateLimitStore = store;
}

export type RateLimitCheck = { rule: RateLimitName; key: string | null };

/**
 * Counts one attempt against every check (a check without a key, e.g. no known address, is skipped) and returns
 * the 429 failure when any of them refuses, with the longest wait among the refusals.
 */
export async function checkRateLimits(checks: RateLimitCheck[], message: string): Promise<Failure | null> {
  let retryAfterSeconds = 0;
  for (const { rule, key } of checks) {
    if (key === null) continue;
    const hit = await rateLimitStore().hit(`${rule}:${key}`, RATE_LIMITS[rule]);
    if (!hit.allowed) retryAfterSeconds = Math.max(retryAfterSeconds, hit.retryAfterSeconds);
  }
  if (retryAfterSeconds === 0) return null;
  return { ...fail("RATE_LIMITED", `${message} Try again in ${describeWait(retryAfterSeconds)}.`), retryAfterSeconds };
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? "second" : "seconds"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}
