/** The first characters by which a spreadsheet reads a cell as a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters that make RFC 4180 require a quoted field. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell: a cell a spreadsheet would run as a formula gets a leading `'`, so it shows as text; a cell
 * with a quote, comma or line break is quoted, its quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, ended with CRLF as RFC 4180 has it. */
export function csvRow(values: readonly (string | number)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
