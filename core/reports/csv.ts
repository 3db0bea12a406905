// CSV for Excel and LibreOffice: UTF-8 with a byte order mark (so Excel detects UTF-8), RFC 4180
// quoting by csv-stringify, lists joined with ' | ', and formula-looking text neutralised.
import { stringify } from 'csv-stringify/sync';
import type { ReportModel } from './model';
import { neutralise } from './neutralise';
import { activitiesTable, recipientsTable, type Cell, type CellKind, type ReportTable } from './tables';

export type CsvDelimiter = ',' | ';' | '\t';

export function csvCell(value: Cell, kind: CellKind): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  const text = Array.isArray(value) ? value.join(' | ') : value;
  return kind === 'text' ? neutralise(text) : text;
}

export function tableCsv(t: ReportTable, delimiter: CsvDelimiter): string {
  const header = t.columns.map((c) => neutralise(c.header));
  const rows = t.rows.map((r) => r.map((v, i) => csvCell(v, t.columns[i]!.kind)));
  return stringify([header, ...rows], { bom: true, delimiter, record_delimiter: 'windows' });
}

/** The activities file and the recipients file beside it. */
export function reportCsv(m: ReportModel, delimiter: CsvDelimiter = ','): { activities: string; recipients: string } {
  return { activities: tableCsv(activitiesTable(m), delimiter), recipients: tableCsv(recipientsTable(m), delimiter) };
}
