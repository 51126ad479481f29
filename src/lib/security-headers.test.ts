import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from "./security-headers";

describe("content security policy", () => {
  it("allows scripts only from our origin or with the nonce, never inline or eval in production", () => {
    const policy = contentSecurityPolicy({ nonce: "abc", development: false, https: true });
    const scripts = policy.split("; ").find((directive) => directive.startsWith("script-src"))!;
    expect(scripts).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("allows eval only in development, and upgrades requests only on https", () => {
    expect(contentSecurityPolicy({ nonce: "n", development: true, https: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", development: false, https: false })).not.toContain("upgrade-insecure-requests");
  });

  it("makes a different nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("sends HSTS in production only", () => {
    expect(staticSecurityHeaders({ production: true }).map((h) => h.key)).toContain("Strict-Transport-Security");
    expect(staticSecurityHeaders({ production: false }).map((h) => h.key)).not.toContain("Strict-Transport-Security");
  });
});
