import { describe, expect, it } from "vitest";
import { csvLine } from "./csv";

describe("csvLine", () => {
  it("quotes commas, quotes and line breaks, and ends with CRLF", () => {
    expect(csvLine(["plain", 'say "hi"', "a,b", "two\nlines", null, 3])).toBe('plain,"say ""hi""","a,b","two\nlines",,3\r\n');
  });

  it("neutralizes cells a spreadsheet would run as formulas", () => {
    expect(csvLine(["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "safe"])).toBe(`"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),safe\r\n`);
  });
});
