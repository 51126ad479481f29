const FORMULA_START = /^[=+\-@\t\r]/;
// A spreadsheet set to split on ";" (or ",") would start a new cell after it: a formula can hide behind one.
const FORMULA_AFTER_SEPARATOR = /([;,])([=+\-@\t\r])/g;

/**
 * One CSV line (RFC 4180, CRLF), made safe for spreadsheets as OWASP's CSV-injection guidance says: every field is
 * quoted (quotes doubled), and a field that would be read as a formula — = + - @, tab or carriage return at its
 * start or right after a ";" or "," — gets an apostrophe first. Audit data comes from users.
 */
export function csvLine(cells: ReadonlyArray<string | number | null | undefined>): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (typeof value === "string") text = text.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}
