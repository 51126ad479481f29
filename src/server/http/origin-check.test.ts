import { describe, expect, it } from "vitest";
import { isCrossSiteMutation } from "./origin-check";

const own = { appUrl: "https://app.example.com", rootDomain: "example.com" };
const post = (origin: string | null, fetchSite: string | null = null, host: string | null = "app.example.com") => ({
  method: "POST",
  origin,
  fetchSite,
  host,
});

describe("isCrossSiteMutation", () => {
  it("lets our own pages through: same host, APP_URL, an organization subdomain", () => {
    expect(isCrossSiteMutation(post("https://app.example.com", "same-origin"), own)).toBe(false);
    expect(isCrossSiteMutation(post("http://localhost:3100", "same-origin", "localhost:3100"), own)).toBe(false);
    expect(isCrossSiteMutation(post("https://acme.example.com", "same-site", "acme.example.com"), own)).toBe(false);
  });

  it("refuses another site's page, a look-alike domain and an opaque origin", () => {
    expect(isCrossSiteMutation(post("https://evil.test", "cross-site"), own)).toBe(true);
    expect(isCrossSiteMutation(post("https://example.com.evil.test"), own)).toBe(true);
    expect(isCrossSiteMutation(post("https://notexample.com"), own)).toBe(true);
    expect(isCrossSiteMutation(post("null"), own)).toBe(true);
    expect(isCrossSiteMutation(post("javascript:alert(1)"), own)).toBe(true);
  });

  it("without Origin, trusts Sec-Fetch-Site, and lets non-browser clients (neither header) through", () => {
    expect(isCrossSiteMutation(post(null, "cross-site"), own)).toBe(true);
    expect(isCrossSiteMutation(post(null, "same-site"), own)).toBe(true);
    expect(isCrossSiteMutation(post(null, "same-origin"), own)).toBe(false);
    expect(isCrossSiteMutation(post(null, "none"), own)).toBe(false);
    expect(isCrossSiteMutation(post(null, null), own)).toBe(false);
  });

  it("never refuses a read", () => {
    expect(isCrossSiteMutation({ method: "GET", origin: "https://evil.test", fetchSite: "cross-site", host: "app.example.com" }, own)).toBe(
      false,
    );
  });
});
