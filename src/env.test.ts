import { afterEach, describe, expect, it, vi } from "vitest";

const base = { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/app", JWT_SECRET: "x".repeat(32) };

async function load(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  const { loadEnv } = await import("./env");
  return loadEnv;
}

afterEach(() => vi.unstubAllEnvs());

describe("env", () => {
  it("defaults bcrypt to cost 12", async () => {
    const env = (await load({ ...base, BCRYPT_COST: undefined }))();
    expect(env.BCRYPT_COST).toBe(12);
  });

  it("refuses a missing or short JWT secret with a message that says how to fix it", async () => {
    expect(await load({ ...base, JWT_SECRET: undefined })).toThrow(/JWT_SECRET is not set/);
    expect(await load({ ...base, JWT_SECRET: "short" })).toThrow(/at least 32 bytes/);
  });

  it("refuses a database URL that is not PostgreSQL", async () => {
    expect(await load({ ...base, DATABASE_URL: "mysql://localhost/app" })).toThrow(/DATABASE_URL must be a postgresql/);
  });

  it("refuses a bcrypt cost outside 4..15", async () => {
    expect(await load({ ...base, BCRYPT_COST: "3" })).toThrow(/BCRYPT_COST/);
  });
});
