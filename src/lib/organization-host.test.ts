import { describe, expect, it } from "vitest";
import { organizationHome, slugFromHost } from "./organization-host";

describe("slugFromHost", () => {
  it("reads the organization from a subdomain of the root domain, port or not", () => {
    expect(slugFromHost("acme.example.com", "example.com")).toBe("acme");
    expect(slugFromHost("Acme-Labs.example.com:3000", "example.com")).toBe("acme-labs");
  });

  it.each([
    ["the root domain itself", "example.com"],
    ["another domain", "acme.example.org"],
    ["a look-alike domain", "acme.notexample.com"],
    ["a nested subdomain", "a.b.example.com"],
    ["a reserved name", "www.example.com"],
    ["the app host", "app.example.com"],
  ])("names no organization for %s", (_label, host) => {
    expect(slugFromHost(host, "example.com")).toBeNull();
  });

  it("names none when no root domain is configured", () => {
    expect(slugFromHost("acme.example.com", undefined)).toBeNull();
  });
});

describe("organizationHome", () => {
  it("is the subdomain's dashboard with a root domain, else /dashboard", () => {
    expect(organizationHome("acme", "lvh.me", { protocol: "http:", port: "3000" })).toBe("http://acme.lvh.me:3000/dashboard");
    expect(organizationHome("acme", "example.com", { protocol: "https:", port: "" })).toBe("https://acme.example.com/dashboard");
    expect(organizationHome("acme", undefined, { protocol: "https:", port: "" })).toBe("/dashboard");
  });
});
