// What a report was made from, as a small table: the register, the moment it states, its fingerprint
// and the history head (seq:hash) an auditor keeps to check the register later with `--anchor`.
// The XLSX report has it as a sheet, the CSV report as a file beside the activities file.
import type { ReportModel } from './model';
import type { ReportTable } from './tables';

/** "42:9f86…": the form `ropa verify --anchor` takes. */
export const headText = (m: Pick<ReportModel, 'head'>): string => (m.head ? `${m.head.seq}:${m.head.hash}` : '');

export function aboutTable(m: ReportModel): ReportTable {
  const L = m.labels.report;
  const rows: [string, string][] = [
    [L.registerDate, m.asOf],
    [L.selection, m.selection],
    [L.activityCount, String(m.activities.length)],
    ...(m.fingerprint ? [[L.fingerprint, m.fingerprint] as [string, string]] : []),
    [L.historyHead, headText(m)],
    // Labelled, not blank: a line starting with the delimiter would open with a TAB when read as a comma file.
    [L.historyHead, L.historyHeadNote],
  ];
  return {
    key: 'about',
    title: L.aboutSheet,
    columns: [
      { header: L.title, kind: 'text', width: 34 },
      { header: m.registerName, kind: 'text', width: 80 },
    ],
    rows,
  };
}
