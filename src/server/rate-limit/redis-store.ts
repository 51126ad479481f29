import "server-only";
import { Redis } from "ioredis";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { RateLimitRule } from "./limits";
import type { RateLimitHit, RateLimitStore } from "./store";

/**
 * Counts in Redis through rate-limiter-flexible (one atomic script per hit). When Redis cannot answer, the hit is
 * counted by `fallback` (PostgreSQL) instead: an outage of the cache must neither open the gates nor lock everyone out.
 */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly limiters = new Map<string, RateLimiterRedis>();

  constructor(
    private readonly client: Redis,
    private readonly fallback: RateLimitStore,
    private readonly keyPrefix = "orgstack:rl",
  ) {}

  async hit(key: string, rule: RateLimitRule): Promise<RateLimitHit> {
    try {
      await this.limiterFor(rule).consume(key);
      return { allowed: true };
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes)
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      console.warn(
        `[rate-limit] Redis did not answer (${refusal instanceof Error ? refusal.message : String(refusal)}); counting in PostgreSQL`,
      );
      return this.fallback.hit(key, rule);
    }
  }

  /** One limiter per distinct rule; the rule is part of the Redis key, so changing a rule starts fresh counts. */
  private limiterFor(rule: RateLimitRule): RateLimiterRedis {
    const name = `${rule.limit}/${rule.windowSeconds}`;
    let limiter = this.limiters.get(name);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: this.client,
        keyPrefix: `${this.keyPrefix}:${name}`,
        points: rule.limit,
        duration: rule.windowSeconds,
        // Answer from PostgreSQL at once rather than queue behind a reconnecting client.
        rejectIfRedisNotReady: true,
      });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }
}

/** A client that fails fast: no offline queue, a short connect timeout, and reconnects in the background. */
export function createRedisClient(url: string): Redis {
  const client = new Redis(url, { enableOfflineQueue: false, connectTimeout: 2_000, maxRetriesPerRequest: 1, lazyConnect: false });
  client.on("error", (error: Error) => console.warn(`[rate-limit] Redis: ${error.message}`));
  return client;
}
