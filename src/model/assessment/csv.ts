/**
 * CSV for Excel, the tool boards' papers are made in (issue 15's export):
 * UTF-8 with a byte-order mark, so Excel reads "Self-assessment – ‘Ambition 3’"
 * as written; CRLF line ends; every cell quoted where it must be (RFC 4180);
 * and any cell a spreadsheet would run as a formula neutralised.
 * Hand-written: a few lines, and the CSV libraries on npm leave formula
 * injection to the caller, which is the part that matters here.
 * @module
 */

/** The byte-order mark Excel needs to read a CSV file as UTF-8. */
export const byteOrderMark = '\uFEFF';

// A cell starting with one of these is a formula (or becomes one) in Excel,
// LibreOffice and Google Sheets; tab and carriage return too (OWASP, "CSV injection").
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One cell as CSV: text that would start a formula gets a leading `'`
 * (shown by spreadsheets as text, the OWASP advice), and a cell holding a
 * comma, quote or line break is quoted, its quotes doubled. Numbers are
 * written as they are (so `-1` stays a number).
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as a CSV file's text: the byte-order mark, then each row's cells, lines ending CRLF. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return byteOrderMark + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
