// Spreadsheet formula injection (CSV injection): a cell starting with = + - @ tab, CR or LF may be
// run as a formula by Excel or LibreOffice. OWASP's advice is to prefix such text with a single
// quote, which both programs show as plain text. Only text cells: numbers stay numbers.
//
// A cell can be cut into several before a spreadsheet sees it, and each piece must be inert too:
// - at its line breaks, by a reader that takes a line break for the end of a row, so every line
//   inside a cell is neutralised as the cell itself is (CSV and XLSX alike);
// - at `,` `;` or TAB, when a CSV is opened with another delimiter than it was written with
//   (Belgian, French and German Excel split on `;`). Quoting does not prevent that: a reader only
//   honours a quote at the start of what it takes for a field. So in CSV a trigger after any
//   delimiter character is neutralised too.
// Every CSV and XLSX writer goes through these (core/reports/csv.ts, xlsx.ts).

const TRIGGER_AT_START = /^[=+\-@\t\r\n]/;
const TRIGGER_AFTER_BREAK = /([\r\n])(?=[=+\-@\t])/g;
const TRIGGER_AFTER_BREAK_OR_DELIMITER = /([\r\n](?=[=+\-@\t])|[,;\t](?=[=+\-@\t\r\n]))/g;
// What each replacement needs, without the capture and lookahead: a plain test finds the few
// cells to rewrite several times faster than the replacement (300,000 cells in a CSV of 10,000
// activities). Each may match more than its replacement would change, never less.
const MAY_TRIGGER_AFTER_BREAK = /[\r\n][=+\-@\t]/;
const MAY_TRIGGER_AFTER_BREAK_OR_DELIMITER = /[\r\n,;\t][=+\-@\t\r\n]/;

/** A text cell of a workbook: no formula start in the cell or at any line inside it. */
export function neutralise(text: string): string {
  const lines = MAY_TRIGGER_AFTER_BREAK.test(text) ? text.replace(TRIGGER_AFTER_BREAK, "$1'") : text;
  return TRIGGER_AT_START.test(lines) ? `'${lines}` : lines;
}

/** A text field of a CSV: as `neutralise`, and no formula start after any delimiter character either. */
export function neutraliseCsv(text: string): string {
  const pieces = MAY_TRIGGER_AFTER_BREAK_OR_DELIMITER.test(text)
    ? text.replace(TRIGGER_AFTER_BREAK_OR_DELIMITER, "$1'")
    : text;
  return TRIGGER_AT_START.test(pieces) ? `'${pieces}` : pieces;
}
