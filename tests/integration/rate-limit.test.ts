import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { POST as loginRoute } from "../../app/api/auth/login/route";
import { db } from "@/server/db";
import { useRateLimitStore } from "@/server/rate-limit/consume";
import { PostgresRateLimitStore } from "@/server/rate-limit/postgres-store";
import { createRedisClient, RedisRateLimitStore } from "@/server/rate-limit/redis-store";
import type { RateLimitStore } from "@/server/rate-limit/store";
import { signUpUser } from "../support/factories";
import { call } from "../support/http";

// The same behaviour from both stores: the app picks Redis when REDIS_URL is set, PostgreSQL otherwise.
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const redis = createRedisClient(REDIS_URL);
const postgres = new PostgresRateLimitStore();
// Every run counts under its own prefix, so reruns and parallel runs never share counts in the shared Redis.
const prefix = `orgstack-test:${randomBytes(4).toString("hex")}`;

afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

const stores: Array<[string, () => RateLimitStore]> = [
  ["PostgreSQL", () => postgres],
  ["Redis", () => new RedisRateLimitStore(redis, postgres, prefix)],
];

function key() {
  return `test:${randomBytes(6).toString("hex")}`;
}

describe.each(stores)("rate limits counted in %s", (_name, store) => {
  it("allows `limit` attempts, then refuses with the wait until the window ends", async () => {
    const rule = { limit: 3, windowSeconds: 600 };
    const k = key();
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await store().hit(k, rule));
    expect(results.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    for (const refused of results.slice(3)) {
      expect(refused.allowed).toBe(false);
      if (!refused.allowed) {
        expect(refused.retryAfterSeconds).toBeGreaterThan(590);
        expect(refused.retryAfterSeconds).toBeLessThanOrEqual(600);
      }
    }
  });

  it("counts each key on its own", async () => {
    const rule = { limit: 1, windowSeconds: 600 };
    const [a, b] = [key(), key()];
    expect(await store().hit(a, rule)).toEqual({ allowed: true });
    expect((await store().hit(a, rule)).allowed).toBe(false);
    expect(await store().hit(b, rule)).toEqual({ allowed: true });
  });

  it("counts concurrent attempts exactly: 20 at once against a limit of 5 let 5 through", async () => {
    const rule = { limit: 5, windowSeconds: 600 };
    const k = key();
    const results = await Promise.all(Array.from({ length: 20 }, () => store().hit(k, rule)));
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
  });

  it("starts a new window once the old one is over", async () => {
    const rule = { limit: 1, windowSeconds: 1 };
    const k = key();
    expect(await store().hit(k, rule)).toEqual({ allowed: true });
    expect((await store().hit(k, rule)).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await store().hit(k, rule)).toEqual({ allowed: true });
  });
});

describe("the app counting in Redis", () => {
  it("refuses the 11th sign-in attempt for an account with 429 and Retry-After, as with PostgreSQL", async () => {
    const { user } = await signUpUser();
    useRateLimitStore(new RedisRateLimitStore(redis, postgres, prefix));
    try {
      const attempt = () => call(loginRoute, "POST", "/api/auth/login", { body: { email: user.email, password: "wrong guess" } });
      for (let i = 0; i < 10; i += 1) expect((await attempt()).status).toBe(401);
      const refused = await attempt();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(800);
      // Counted in Redis, not in PostgreSQL.
      expect(await redis.keys(`${prefix}*loginPerEmail:${user.email}`)).toHaveLength(1);
      expect(await db.rateLimitBucket.count({ where: { key: `loginPerEmail:${user.email}` } })).toBe(0);
    } finally {
      useRateLimitStore(postgres);
    }
  });
});

describe("Redis store when Redis is away", () => {
  it("counts in PostgreSQL instead, neither failing the request nor letting it through unlimited", async () => {
    // Port 1 refuses connections at once.
    const unreachable = new Redis("redis://127.0.0.1:1", { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 0 });
    unreachable.on("error", () => {});
    const store = new RedisRateLimitStore(unreachable, postgres, prefix);
    const rule = { limit: 2, windowSeconds: 600 };
    const k = key();
    const results = [];
    for (let i = 0; i < 3; i += 1) results.push(await store.hit(k, rule));
    expect(results.map((result) => result.allowed)).toEqual([true, true, false]);
    unreachable.disconnect();
  });
});
