import { describe, expect, it } from "vitest";
import { relyingPartyOf } from "./relying-party";

describe("the passkey relying party", () => {
  it("is APP_URL's host without ROOT_DOMAIN, and accepts only APP_URL's origin", () => {
    const rp = relyingPartyOf({ appUrl: "https://app.example.com", rootDomain: undefined });
    expect(rp.id).toBe("app.example.com");
    expect(rp.allowedOrigin("https://app.example.com")).toBe("https://app.example.com");
    for (const origin of [
      "http://app.example.com",
      "https://app.example.com:8443",
      "https://acme.example.com",
      "https://app.example.com.evil.test",
      null,
      "not a url",
    ]) {
      expect(rp.allowedOrigin(origin), String(origin)).toBeNull();
    }
  });

  it("is ROOT_DOMAIN when the app is on it or under it, and accepts each organization subdomain", () => {
    for (const appUrl of ["https://example.com", "https://app.example.com"]) {
      const rp = relyingPartyOf({ appUrl, rootDomain: "example.com" });
      expect(rp.id).toBe("example.com");
      expect(rp.allowedOrigin("https://acme.example.com")).toBe("https://acme.example.com");
      expect(rp.allowedOrigin(appUrl)).toBe(appUrl);
      for (const origin of [
        "http://acme.example.com",
        "https://acme.example.com:444",
        "https://a.b.example.com",
        "https://evilexample.com",
        "https://example.com.evil.test",
      ]) {
        expect(rp.allowedOrigin(origin), origin).toBeNull();
      }
    }
  });

  it("keeps to APP_URL's host when ROOT_DOMAIN is elsewhere (a passkey cannot span unrelated hosts)", () => {
    const rp = relyingPartyOf({ appUrl: "http://localhost:3000", rootDomain: "orgstack.test" });
    expect(rp.id).toBe("localhost");
    expect(rp.allowedOrigin("http://acme.orgstack.test:3000")).toBeNull();
    expect(rp.allowedOrigin("http://localhost:3000")).toBe("http://localhost:3000");
  });
});
