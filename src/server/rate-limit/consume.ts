import "server-only";
import { db } from "@/server/db";
import { fail, type Failure } from "@/server/http/result";
import type { RateLimitRule } from "./limits";

/**
 * Counts one attempt against `key` in a fixed window kept in PostgreSQL: one atomic statement, so concurrent
 * requests and several app servers share the count. Refused attempts count too, so hammering never frees a slot.
 */
export async function consumeRateLimit(key: string, rule: RateLimitRule): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const [bucket] = await db.$queryRaw<Array<{ count: number; resetAt: Date }>>`
    INSERT INTO "RateLimitBucket" (key, count, "resetAt")
    VALUES (${key}, 1, now() + make_interval(secs => ${rule.windowSeconds}))
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket".count + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
    RETURNING count, "resetAt"`;
  if (bucket!.count <= rule.limit) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((bucket!.resetAt.getTime() - Date.now()) / 1000)) };
}

/** The first limit among `checks` that refuses, as a 429 failure; every check counts the attempt. */
export async function checkRateLimits(checks: Array<{ key: string; rule: RateLimitRule }>, message: string): Promise<Failure | null> {
  let retryAfterSeconds = 0;
  for (const { key, rule } of checks) {
    const result = await consumeRateLimit(key, rule);
    if (!result.ok) retryAfterSeconds = Math.max(retryAfterSeconds, result.retryAfterSeconds);
  }
  if (retryAfterSeconds === 0) return null;
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return { ...fail("RATE_LIMITED", `${message} Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`), retryAfterSeconds };
}
