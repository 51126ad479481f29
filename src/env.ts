// The one place that reads process.env. Validated on first use (not at import, so `next build` needs no secrets);
// instrumentation.ts touches it at server start so a misconfigured production server refuses to boot.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.url({
    protocol: /^postgres(ql)?$/,
    error: "DATABASE_URL must be a postgresql:// URL. Leave it unset and run `npm run dev` to use the embedded database.",
  }),
  JWT_SECRET: z
    .string({ error: "JWT_SECRET is not set. Generate one with `openssl rand -base64 48` (`npm run dev` makes one in .data/)." })
    .refine((value) => new TextEncoder().encode(value).length >= 32, "JWT_SECRET must be at least 32 bytes long."),
  /**
   * The secret before the last rotation: tokens signed with it are still accepted (and re-issued with JWT_SECRET),
   * never issued. Remove it once the sessions it signed have renewed (a day) or expired (7 days).
   */
  JWT_SECRET_PREVIOUS: z
    .string()
    .refine((value) => new TextEncoder().encode(value).length >= 32, "JWT_SECRET_PREVIOUS must be at least 32 bytes long.")
    .optional(),
  BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
  /** Optional: serve each organization at `<slug>.<ROOT_DOMAIN>` too (e.g. example.com, or lvh.me locally). */
  ROOT_DOMAIN: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "ROOT_DOMAIN must be a bare host name such as example.com (no scheme, port or path).")
    .optional(),
  /** Where the app is reached; links in emails start with it. */
  APP_URL: z
    .url({ protocol: /^https?$/, error: "APP_URL must be an http(s) URL such as https://app.example.com." })
    .transform((url) => url.replace(/\/+$/, ""))
    .default("http://localhost:3000"),
  /** Without it, emails are printed to the console and kept in /dev/mailbox (development only). */
  RESEND_API_KEY: z.string().trim().min(1).optional(),
  /** Another Resend-compatible API (tests point it at a local capture server). */
  RESEND_BASE_URL: z.url({ protocol: /^https?$/, error: "RESEND_BASE_URL must be an http(s) URL." }).optional(),
  EMAIL_FROM: z.string().trim().min(3).default("Orgstack <onboarding@resend.dev>"),
  INVITE_EXPIRY_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** A session ends this many days after sign-in however active it is: then the password is asked again. */
  SESSION_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /**
   * Connections in the app's database pool (default: the driver's 10). The embedded database serves one session at
   * a time and mixes up concurrent ones, so the launcher and the tests set 1 for it.
   */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).optional(),
  /**
   * Named prepared statements: PostgreSQL parses and plans each distinct statement once per connection instead of on
   * every request. Turn off behind a pooler in transaction mode that does not support them (PgBouncer before 1.21);
   * the embedded database turns them off (it keeps one session across connections, so names would collide).
   */
  DATABASE_PREPARED_STATEMENTS: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  /** Where uploaded files (organization logos) are kept by the default, local-disk storage. */
  STORAGE_DIR: z.string().trim().min(1).default(".data/uploads"),
  /** Rate limits count in Redis when set (several app servers share the counts cheaply); PostgreSQL otherwise. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "REDIS_URL must be a redis:// or rediss:// URL." }).optional(),
  /**
   * How many proxies in front of the app append to X-Forwarded-For: the client's address is the entry that many
   * places from the right (1: one load balancer or PaaS edge). Entries further left are whatever the client sent.
   */
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(1).max(10).default(1),
  /**
   * How the billing page sells plans: "stripe" (the default when STRIPE_SECRET_KEY is set), "development" (the
   * default without it outside production: a stand-in checkout that sends the app signed webhooks, no money), "off"
   * (the default in production without a key: every organization has the default plan). Setting "development" in
   * production lets every billing manager pick any plan for free: only for tests of a production build.
   */
  BILLING_MODE: z.enum(["stripe", "development", "off"]).optional(),
  /** Stripe's secret API key (sk_live_… or sk_test_…). */
  STRIPE_SECRET_KEY: z.string().trim().min(1).optional(),
  /** The signing secret of the webhook endpoint (whsec_…) that points at /api/webhooks/stripe. */
  STRIPE_WEBHOOK_SECRET: z.string().trim().min(1).optional(),
  /** Another Stripe-compatible API (tests point the SDK at a local capture server). */
  STRIPE_API_URL: z.url({ protocol: /^https?$/, error: "STRIPE_API_URL must be an http(s) URL." }).optional(),
  /**
   * Every STRIPE_PRICE_* variable (STRIPE_PRICE_PRO=price_…): the Stripe price of each paid plan, named by the plan's
   * `stripePriceEnv` in src/server/billing/plans.ts, so a new plan needs no change here.
   */
  STRIPE_PRICES: z.record(z.string().regex(/^STRIPE_PRICE_[A-Z0-9_]+$/), z.string().trim().min(1)),
  /**
   * Whether webhook endpoints may be on private, loopback or link-local addresses (a receiver on localhost). Refused
   * by default: such a URL would let an organization make our servers call the network behind them (SSRF). Set it
   * to true for development and tests only.
   */
  WEBHOOKS_ALLOW_PRIVATE_URLS: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  /**
   * The DNS servers that verify organizations' domains (TXT records), comma-separated `address[:port]`; default: the
   * system's resolver. Tests point it at a local DNS server.
   */
  DNS_SERVERS: z
    .string()
    .trim()
    .regex(
      /^[0-9a-fA-F.:[\]]+(,[0-9a-fA-F.:[\]]+)*$/,
      "DNS_SERVERS must be a comma-separated list of addresses, e.g. 1.1.1.1,8.8.8.8 or 127.0.0.1:5353.",
    )
    .transform((value) => value.split(","))
    .optional(),
});

export type Env = z.infer<typeof schema>;

let parsed: Env | undefined;

export function loadEnv(): Env {
  if (parsed) return parsed;
  const result = schema.safeParse({
    NODE_ENV: process.env.NODE_ENV,
    DATABASE_URL: process.env.DATABASE_URL,
    JWT_SECRET: process.env.JWT_SECRET,
    JWT_SECRET_PREVIOUS: process.env.JWT_SECRET_PREVIOUS || undefined,
    BCRYPT_COST: process.env.BCRYPT_COST || undefined,
    ROOT_DOMAIN: process.env.ROOT_DOMAIN || undefined,
    APP_URL: process.env.APP_URL || undefined,
    RESEND_API_KEY: process.env.RESEND_API_KEY || undefined,
    RESEND_BASE_URL: process.env.RESEND_BASE_URL || undefined,
    EMAIL_FROM: process.env.EMAIL_FROM || undefined,
    INVITE_EXPIRY_DAYS: process.env.INVITE_EXPIRY_DAYS || undefined,
    SESSION_MAX_AGE_DAYS: process.env.SESSION_MAX_AGE_DAYS || undefined,
    STORAGE_DIR: process.env.STORAGE_DIR || undefined,
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX || undefined,
    DATABASE_PREPARED_STATEMENTS: process.env.DATABASE_PREPARED_STATEMENTS || undefined,
    REDIS_URL: process.env.REDIS_URL || undefined,
    TRUSTED_PROXY_COUNT: process.env.TRUSTED_PROXY_COUNT || undefined,
    BILLING_MODE: process.env.BILLING_MODE || undefined,
    STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY || undefined,
    STRIPE_WEBHOOK_SECRET: process.env.STRIPE_WEBHOOK_SECRET || undefined,
    STRIPE_API_URL: process.env.STRIPE_API_URL || undefined,
    WEBHOOKS_ALLOW_PRIVATE_URLS: process.env.WEBHOOKS_ALLOW_PRIVATE_URLS || undefined,
    DNS_SERVERS: process.env.DNS_SERVERS || undefined,
    STRIPE_PRICES: Object.fromEntries(Object.entries(process.env).filter(([key, value]) => key.startsWith("STRIPE_PRICE_") && value)),
  });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  parsed = result.data;
  return parsed;
}

/** Reads validated configuration, e.g. `env.JWT_SECRET`. */
export const env: Env = new Proxy({} as Env, {
  get: (_target, key) => loadEnv()[key as keyof Env],
});

/** The session-signing secrets (src/server/auth/token.ts). */
export function sessionKeys(): { current: string; previous: string | undefined } {
  return { current: env.JWT_SECRET, previous: env.JWT_SECRET_PREVIOUS };
}
