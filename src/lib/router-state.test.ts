import { describe, expect, it } from "vitest";
import { isValidRouterStateHeader } from "./router-state";

const encode = (state: unknown) => encodeURIComponent(JSON.stringify(state));

describe("isValidRouterStateHeader", () => {
  it("accepts what a browser sends, and no header at all", () => {
    expect(isValidRouterStateHeader(null)).toBe(true);
    expect(
      isValidRouterStateHeader(
        encode(["", { children: ["admin", { children: ["__PAGE__", {}, null, null, 0] }, null, null, 0] }, null, null, 16]),
      ),
    ).toBe(true);
    expect(
      isValidRouterStateHeader(
        encode([
          "",
          { children: ["dashboard", { children: ["projects", { children: [["id", "abc", "d", null], { children: ["__PAGE__", {}] }] }] }] },
        ]),
      ),
    ).toBe(true);
    expect(isValidRouterStateHeader(encode(["", { children: ["__PAGE__", {}, ["/", "/"], "refetch"] }]))).toBe(true);
  });

  it("refuses what Next.js would fail on", () => {
    for (const bad of [
      "%",
      "not json",
      encode({}),
      encode([]),
      encode([1, {}]),
      encode(["", []]),
      encode(["", { children: "x" }]),
      encode(["", {}, "url"]),
      encode(["", {}, null, "nonsense"]),
      encode([["id", "abc", "zz", null], {}]),
      encode(["", {}, null, null, "16"]),
      "x".repeat(40_001),
    ]) {
      expect(isValidRouterStateHeader(bad), bad.slice(0, 60)).toBe(false);
    }
    let deep: unknown = ["__PAGE__", {}];
    for (let i = 0; i < 100; i++) deep = ["a", { children: deep }];
    expect(isValidRouterStateHeader(encode(deep))).toBe(false);
  });
});
