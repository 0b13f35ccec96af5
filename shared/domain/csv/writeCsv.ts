/**
 * A cell that starts with = + - @ (or a tab or carriage return) is run as a formula by
 * Excel, LibreOffice and Google Sheets ("CSV injection"). Such cells get a leading
 * apostrophe, which spreadsheets show as plain text, as OWASP recommends.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a field holding the delimiter, a quote or a line break; double inner quotes. */
export function quoteField(value: string, delimiter = ','): string {
  const guarded = guardFormula(value);
  return guarded.includes(delimiter) || /["\r\n]/.test(guarded)
    ? `"${guarded.replace(/"/g, '""')}"`
    : guarded;
}

/**
 * Rows to CSV text with CRLF line ends (RFC 4180) and a byte-order mark so Excel reads UTF-8.
 * Where the list separator is ";", the decimal mark is "," (as those spreadsheets read numbers).
 */
export function writeCsv(rows: readonly (readonly (string | number | null)[])[], delimiter = ','): string {
  // Numbers are written as they are: a negative number is data, not a formula.
  const number = (n: number) => (delimiter === ';' ? String(n).replace('.', ',') : String(n));
  const cell = (value: string | number | null) =>
    value === null ? '' : typeof value === 'number' ? number(value) : quoteField(value, delimiter);
  const lines = rows.map((row) => row.map(cell).join(delimiter));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
