import { describe, expect, it } from "vitest";
import { slugCandidates, slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["Acme Inc.", "acme-inc"],
    ["  Café Ünïcode & Co. ", "cafe-unicode-co"],
    ["ACME---Rockets!!", "acme-rockets"],
    ["株式会社", "org"],
    ["🚀", "org"],
    ["A", "a-org"],
    ["Admin", "admin-org"],
    ["dashboard", "dashboard-org"],
    ["x".repeat(80), "x".repeat(48)],
    ["A Very Long Organization Name For Testing Wrapping", "a-very-long-organization-name-for-testing"],
    ["Forty-eight characters exactly: abcdefghijklmnopq", "forty-eight-characters-exactly-abcdefghijklmnopq"],
    ["Forty-eight characters exactly: abcdefghijklmnopq and more", "forty-eight-characters-exactly-abcdefghijklmnopq"],
    [`${"ab ".repeat(30)}`, "ab-".repeat(16).slice(0, 47)],
  ])("%j → %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("only ever yields URL-safe slugs", () => {
    for (const name of ["../../etc/passwd", "a/b?c#d", "<script>", "O'Brien & Sons", "\u0000null"]) {
      expect(slugify(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe("slugCandidates", () => {
  it("starts with the plain slug, then adds random suffixes", () => {
    let n = 0;
    expect(slugCandidates("Acme", 3, () => `s${++n}`)).toEqual(["acme", "acme-s1", "acme-s2"]);
  });

  it("keeps suffixed slugs within the length limit", () => {
    for (const slug of slugCandidates("y".repeat(100), 4)) expect(slug.length).toBeLessThanOrEqual(48);
  });
});
