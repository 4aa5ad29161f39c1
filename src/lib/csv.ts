/**
 * A CSV writer: RFC 4180 (comma-separated, CRLF line ends, a field with a comma, quote or
 * line break is wrapped in double quotes, a quote inside is doubled), safe to open in a
 * spreadsheet. Pure; loaded by the board only when someone exports.
 */

/**
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a
 * formula, and tab or carriage return can hide such a start. Those cells get a leading
 * apostrophe, which spreadsheets show as text and hide from view.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: string | number): string {
  const text = neutraliseCell(String(value));
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text. Choice: a byte-order mark first, so Excel reads the file as UTF-8. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\ufeff${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
