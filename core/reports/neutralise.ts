// Spreadsheet formula injection (CSV injection): a cell starting with = + - @ tab, CR or LF may be
// run as a formula by Excel or LibreOffice. OWASP's advice is to prefix such text with a single
// quote, which both programs show as plain text. Only text cells: numbers and dates stay numbers.
const FORMULA_START = /^[=+\-@\t\r\n]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
