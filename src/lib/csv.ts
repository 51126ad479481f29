/**
 * One CSV line (RFC 4180: quoted when needed, quotes doubled, CRLF). A cell that a spreadsheet would read as a
 * formula (= + - @, tab, carriage return first) gets a leading apostrophe: audit data comes from users.
 */
export function csvLine(cells: ReadonlyArray<string | number | null | undefined>): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
