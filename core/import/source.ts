// Reading a spreadsheet someone brings: a CSV in whatever encoding and delimiter their Excel chose, or
// an XLSX workbook (cached formula results, merged cells filled, hidden sheets skipped). Every sheet
// becomes a grid of trimmed strings; what the columns mean is decided later (profiles.ts).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { RegisterFileError } from '../../db/open';

export interface SheetGrid {
  name: string;
  /** Row i is the sheet's row i + 1; cells are strings, '' when empty. */
  rows: string[][];
}

export interface SourceBook {
  format: 'csv' | 'xlsx';
  /** CSV only: what was detected. */
  encoding?: string;
  delimiter?: string;
  sheets: SheetGrid[];
  /** XLSX: sheets skipped because they are hidden (readable by naming them). */
  hiddenSheets: string[];
}

/** A register of 10,000 activities exported as CSV is about 15 MB; anything far beyond is not a register. */
export const MAX_SOURCE_BYTES = 40 * 1024 * 1024;

export const SPREADSHEET_EXTENSIONS = ['.csv', '.tsv', '.txt', '.xlsx'] as const;

const fail = (message: string): never => {
  throw new RegisterFileError(message);
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// Node's TextDecoder('windows-1252') decodes as ISO-8859-1 (nodejs/node#56542): the 0x80-0x9F
// range, where Windows-1252 keeps its dashes, quotes and €, is mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
}

/** Decodes CSV bytes: a BOM decides (UTF-8, UTF-16 LE/BE); else strict UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array, name: string): { text: string; encoding: string } {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'utf-8 (BOM)' };
  if (b[0] === 0xff && b[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(b.subarray(2)), encoding: 'utf-16be' };
  // Without a BOM, UTF-16 shows as a NUL in every other byte of ASCII text.
  const probe = b.subarray(0, 4096);
  let evenNul = 0;
  let oddNul = 0;
  probe.forEach((v, i) => {
    if (v === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  });
  if (oddNul > probe.length / 4 && evenNul === 0)
    return { text: new TextDecoder('utf-16le').decode(b), encoding: 'utf-16le' };
  if (evenNul > probe.length / 4 && oddNul === 0)
    return { text: new TextDecoder('utf-16be').decode(b), encoding: 'utf-16be' };
  if (evenNul + oddNul > 0) fail(`${name} is not a text file (it holds binary data); save the sheet as CSV or XLSX.`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
  } catch {
    return { text: windows1252(b), encoding: 'windows-1252' };
  }
}

/** The delimiter that splits the first lines into the most, equally wide, columns. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 30);
  let best: { d: ',' | ';' | '\t'; score: number } = { d: ',', score: -1 };
  for (const d of [',', ';', '\t'] as const) {
    // Outside quotes only: a quoted "a, b" in a ;-separated file must not count.
    const counts = lines.map((l) => {
      let n = 0;
      let quoted = false;
      for (const ch of l) {
        if (ch === '"') quoted = !quoted;
        else if (ch === d && !quoted) n++;
      }
      return n;
    });
    const max = Math.max(0, ...counts);
    const common = counts.filter((c) => c === max).length;
    const score = max === 0 ? 0 : max * 2 + common;
    if (score > best.score) best = { d, score };
  }
  return best.d;
}

export function readCsv(bytes: Uint8Array, name: string): SourceBook {
  const { text, encoding } = decodeText(bytes, name);
  if (text.trim() === '') fail(`${name} is empty.`);
  const delimiter = detectDelimiter(text);
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      trim: false,
    }) as string[][];
  } catch (err) {
    return fail(`${name} cannot be read as CSV: ${(err as Error).message.split('\n')[0]}`);
  }
  return {
    format: 'csv',
    encoding,
    delimiter,
    sheets: [{ name: path.basename(name, path.extname(name)), rows: rows.map((r) => r.map((c) => c.trim())) }],
    hiddenSheets: [],
  };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('formula' in value || 'sharedFormula' in value) return '';
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

export async function readXlsx(bytes: Uint8Array, name: string, wantedSheet?: string): Promise<SourceBook> {
  if (bytes.length === 0) fail(`${name} is empty.`);
  // An encrypted workbook (and a legacy .xls) is an OLE compound file, not a zip.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    fail(`${name} is password-protected (or an old .xls file); save it from Excel as .xlsx without a password.`);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b))
    fail(`${name} is not an Excel workbook (.xlsx); its content is of another kind.`);
  // exceljs is loaded when a workbook is read, not with the dispatcher (core/reports/lazy-load.test.ts).
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (err) {
    fail(`${name} is damaged and cannot be read as an Excel workbook (${(err as Error).message.split('\n')[0]}).`);
  }
  const sheets: SheetGrid[] = [];
  const hiddenSheets: string[] = [];
  wb.eachSheet((ws) => {
    const named = wantedSheet !== undefined && ws.name.toLowerCase() === wantedSheet.toLowerCase();
    if (wantedSheet !== undefined && !named) return;
    if (ws.state !== 'visible' && !named) {
      hiddenSheets.push(ws.name);
      return;
    }
    const rows: string[][] = [];
    const width = ws.columnCount;
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      // A merged range's other cells report the master cell's value, which fills the range.
      for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim());
      rows[n - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    sheets.push({ name: ws.name, rows });
  });
  if (wantedSheet !== undefined && sheets.length === 0) {
    const names = wb.worksheets.map((w) => w.name).join(', ');
    fail(`${name} has no sheet named ${wantedSheet} (sheets: ${names}).`);
  }
  if (sheets.length === 0) fail(`${name} has no visible sheet; name a hidden one with --sheet.`);
  return { format: 'xlsx', sheets, hiddenSheets };
}

export function formatOf(file: string): 'csv' | 'xlsx' | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  return null;
}

/** Reads a source file by its extension; every refusal is one sentence naming the file. */
export async function readSourceBytes(bytes: Uint8Array, name: string, wantedSheet?: string): Promise<SourceBook> {
  if (bytes.length > MAX_SOURCE_BYTES)
    fail(
      `${name} is ${mb(bytes.length)}; the import reads sheets up to ${mb(MAX_SOURCE_BYTES)} (split it into several files).`,
    );
  if (bytes.length === 0) fail(`${name} is empty.`);
  const format = formatOf(name);
  if (format === 'xlsx') return readXlsx(bytes, name, wantedSheet);
  if (format === 'csv') return readCsv(bytes, name);
  return fail(`${name}: the import reads .csv and .xlsx sheets (and .json exports).`);
}

export async function readSource(file: string, wantedSheet?: string): Promise<SourceBook> {
  const name = path.basename(file);
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (err) {
    return fail(`${name} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  }
  if (size > MAX_SOURCE_BYTES)
    fail(
      `${name} is ${mb(size)}; the import reads sheets up to ${mb(MAX_SOURCE_BYTES)} (split it into several files).`,
    );
  return readSourceBytes(fs.readFileSync(file), name, wantedSheet);
}
