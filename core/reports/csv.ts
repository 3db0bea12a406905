// CSV for Excel and LibreOffice: UTF-8 with a byte order mark (so Excel detects UTF-8), RFC 4180
// quoting by csv-stringify, lists joined with ' | ', and formula-looking text neutralised.
// Every field holding any of the three delimiters, a quote or a line break is quoted, whichever
// delimiter the file uses, and text is neutralised also after line breaks and delimiter characters
// (see neutralise.ts), so the file stays inert when opened with another delimiter.
import { stringify } from 'csv-stringify/sync';
import type { ReportModel } from './model';
import { neutraliseCsv } from './neutralise';
import { activitiesTable, organisationsTable, recipientsTable, type Cell, type ReportTable } from './tables';

export type CsvDelimiter = ',' | ';' | '\t';

/** Fields quoted in every CSV, whatever its own delimiter: any delimiter, quote or line break. */
const QUOTED = /[,;\t"\r\n]/;

/** Numbers stay numbers; every text (a date is text in a CSV) is neutralised. */
export function csvCell(value: Cell): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return neutraliseCsv(Array.isArray(value) ? value.join(' | ') : value);
}

export function tableCsv(t: ReportTable, delimiter: CsvDelimiter): string {
  const header = t.columns.map((c) => neutraliseCsv(c.header));
  const rows = t.rows.map((r) => r.map((v) => csvCell(v)));
  return stringify([header, ...rows], { bom: true, delimiter, record_delimiter: 'windows', quoted_match: QUOTED });
}

/** The activities file and the recipients and organisations files beside it. */
export function reportCsv(
  m: ReportModel,
  delimiter: CsvDelimiter = ',',
): { activities: string; recipients: string; organisations: string } {
  return {
    activities: tableCsv(activitiesTable(m), delimiter),
    recipients: tableCsv(recipientsTable(m), delimiter),
    organisations: tableCsv(organisationsTable(m), delimiter),
  };
}
