// The workbook: one sheet per report table with a frozen, filterable header row, wrapped text and
// set widths. Text is always written as a string value (never a formula) and neutralised as in CSV.
import ExcelJS from 'exceljs';
import type { ReportModel } from './model';
import { neutralise } from './neutralise';
import { reportTables, type Cell, type CellKind, type ReportTable } from './tables';

type XlsxValue = string | number | Date | null;

function xlsxCell(value: Cell, kind: CellKind): XlsxValue {
  if (value === null || typeof value === 'number') return value;
  const text = Array.isArray(value) ? value.join('\n') : value;
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(text)) return new Date(`${text}T00:00:00Z`);
  return neutralise(text);
}

export function addSheet(wb: ExcelJS.Workbook, t: ReportTable): void {
  const sheet = wb.addWorksheet(t.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = t.columns.map((c) => ({
    header: neutralise(c.header),
    width: c.width,
    style:
      c.kind === 'date'
        ? { numFmt: 'yyyy-mm-dd', alignment: { vertical: 'top' } }
        : { alignment: { vertical: 'top', wrapText: c.kind === 'text' } },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  for (const row of t.rows) sheet.addRow(row.map((v, i) => xlsxCell(v, t.columns[i]!.kind)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.columns.length } };
}

/** `extra`: sheets from outside the report model, after its own (the change history). */
export async function reportXlsx(
  m: ReportModel,
  onSheet?: (done: number, total: number) => void,
  extra: ReportTable[] = [],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'RoPA Registry';
  wb.title = `${m.labels.report.title} — ${m.registerName}`;
  // Dated by the register, not by the clock, so the same register gives the same workbook content.
  wb.created = new Date(m.asOf);
  wb.modified = new Date(m.asOf);
  const tables = [...reportTables(m), ...extra];
  tables.forEach((t, i) => {
    addSheet(wb, t);
    onSheet?.(i + 1, tables.length);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
