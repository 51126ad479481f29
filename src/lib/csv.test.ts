import { describe, expect, it } from "vitest";
import { csvLine } from "./csv";

describe("csvLine", () => {
  it("quotes every field, doubles quotes, keeps line breaks, and ends with CRLF", () => {
    expect(csvLine(["plain", 'say "hi"', "a,b", "two\nlines", null, 3])).toBe('"plain","say ""hi""","a,b","two\nlines","","3"\r\n');
  });

  it("neutralizes cells a spreadsheet would run as formulas", () => {
    expect(csvLine(['=HYPERLINK("x")', "+1", "-2", "@SUM(A1)", "\tx", "safe"])).toBe(
      `"'=HYPERLINK(""x"")","'+1","'-2","'@SUM(A1)","'\tx","safe"\r\n`,
    );
  });

  // Security review: a formula after ";" or "," ran in a spreadsheet that splits cells on it.
  it("neutralizes formulas that follow a separator inside a cell", () => {
    expect(csvLine(["Acme;=cmd|'/C calc'!A0", "a,+1", "x; -2", "fine;ok"])).toBe(`"Acme;'=cmd|'/C calc'!A0","a,'+1","x; -2","fine;ok"\r\n`);
  });

  it("leaves numbers as they are: a negative count is not a formula", () => {
    expect(csvLine([-3, 0])).toBe('"-3","0"\r\n');
  });
});
