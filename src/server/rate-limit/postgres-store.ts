import "server-only";
import { db } from "@/server/db";
import type { RateLimitRule } from "./limits";
import type { RateLimitHit, RateLimitStore } from "./store";

/**
 * Counts in the RateLimitBucket table with one atomic statement, so concurrent requests and several app servers
 * share the count. The default: it needs nothing but the database the app already has.
 */
export class PostgresRateLimitStore implements RateLimitStore {
  async hit(key: string, rule: RateLimitRule): Promise<RateLimitHit> {
    const [bucket] = await db.$queryRaw<Array<{ count: number; resetAt: Date }>>`
      INSERT INTO "RateLimitBucket" (key, count, "resetAt")
      VALUES (${key}, 1, now() + make_interval(secs => ${rule.windowSeconds}))
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket".count + 1 END,
        "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
      RETURNING count, "resetAt"`;
    if (bucket!.count <= rule.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((bucket!.resetAt.getTime() - Date.now()) / 1000)) };
  }
}
