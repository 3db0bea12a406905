// Reports as of a date, rebuilt from the history alone, and the history head every report states
// (the anchor an auditor keeps), read back with pdftotext, csv-parse and exceljs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectOneErrorLine, ropa } from '../../cli/test-helpers';
import { must } from '../dispatcher';
import { readHead } from '../history';
import { tempDir, tempRegister } from '../test-helpers';
import { registerFingerprint, type RegisterDump } from './dump';
import { writeReport } from './export';

const flat = (s: string) => s.replace(/\s+/g, ' ');
const pdfText = (file: string) => flat(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));

/** The sample made on 10 January 2027, one activity renamed on 1 February. */
function renamedRegister() {
  let clock = '2027-01-10T10:00:00.000Z';
  const ctx = tempRegister({ sample: true, author: 'alice', now: () => clock });
  const before = readHead(ctx.register.sqlite)!;
  const [summary] = must(ctx, 'listActivities', {});
  const a = must(ctx, 'getActivity', { id: summary!.id });
  clock = '2027-02-01T09:00:00.000Z';
  // The sample is Dutch-primary: renamed in both its languages, so the English reports show the change.
  const translations = { ...a.translations, en: { ...a.translations.en, name: 'Renamed in February' } };
  must(ctx, 'updateActivity', {
    id: a.id,
    version: a.version,
    fields: { ...a, name: 'Renamed in February', translations },
  });
  return { ctx, oldName: a.translations.en?.name ?? a.name, before, after: readHead(ctx.register.sqlite)! };
}

describe('ropa export --as-of', () => {
  it(
    'writes the register as it stood that day, with that state’s own head and fingerprint',
    { timeout: 300_000 },
    () => {
      const { ctx, oldName, before, after } = renamedRegister();
      const file = ctx.register.path;
      ctx.register.close();
      const dir = tempDir();
      const pdf = path.join(dir, 'january.pdf');
      const json = path.join(dir, 'january.json');
      const r = ropa(['export', file, '--format', 'pdf', '--as-of', '2027-01-15', '-o', pdf]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(ropa(['export', file, '--format', 'json', '--as-of', '2027-01-15', '-o', json]).code).toBe(0);

      const text = pdfText(pdf);
      expect(text).toContain(oldName);
      expect(text).not.toContain('Renamed in February');
      expect(text).toContain('15 January 2027 at 23:59 UTC');
      expect(text).toContain(`${before.seq}:${before.hash.slice(0, 32)} ${before.hash.slice(32)}`);
      expect(text).not.toContain(after.hash.slice(0, 32));

      const dump = JSON.parse(fs.readFileSync(json, 'utf8')) as RegisterDump;
      // The JSON dump holds the fields themselves: the Dutch primary name, with the English one its translation.
      expect(dump.activities.map((a) => a.translations.en?.name)).toContain(oldName);
      expect(dump.activities.map((a) => a.name)).not.toContain('Renamed in February');
      expect(dump.history.at(-1)!.hash).toBe(before.hash);
      expect(JSON.parse(dump.meta.find((m) => m.key === 'history_head')!.value)).toEqual(before);
      const fingerprint = registerFingerprint(dump);
      expect(text).toContain(`${fingerprint.slice(0, 32)} ${fingerprint.slice(32)}`);

      // Today's report says the new name and the current head.
      const now = path.join(dir, 'now.pdf');
      expect(ropa(['export', file, '--format', 'pdf', '-o', now]).code).toBe(0);
      const current = pdfText(now);
      expect(current).toContain('Renamed in February');
      expect(current).toContain(`${after.seq}:${after.hash.slice(0, 32)} ${after.hash.slice(32)}`);
    },
  );

  it(
    'refuses a moment before the history starts, or a wrong date, with one line and no file',
    { timeout: 120_000 },
    () => {
      const { ctx } = renamedRegister();
      const file = ctx.register.path;
      ctx.register.close();
      const out = path.join(tempDir(), 'old.pdf');
      const early = ropa(['export', file, '--format', 'pdf', '--as-of', '2020-01-01', '-o', out]);
      expect(early.code).toBe(1);
      expectOneErrorLine(
        early.stderr,
        /history starts at .*; there is no register to show as of 2020-01-01T23:59:59\.999Z/,
      );
      expect(fs.existsSync(out)).toBe(false);
    },
  );

  it('gives CSV and XLSX the state of that day and a head to keep', async () => {
    const { ctx, oldName, before, after } = renamedRegister();
    const dir = tempDir();
    const csv = path.join(dir, 'january.csv');
    await writeReport(ctx, { format: 'csv', path: csv, lang: 'en', asOf: '2027-01-15T12:00:00Z' });
    const rows = parse(fs.readFileSync(csv), { bom: true, columns: true }) as Record<string, string>[];
    const names = rows.map((r) => Object.values(r).join(' '));
    expect(names.some((n) => n.includes(oldName))).toBe(true);
    expect(names.some((n) => n.includes('Renamed in February'))).toBe(false);
    const about = parse(fs.readFileSync(path.join(dir, 'january-about.csv')), { bom: true }) as string[][];
    expect(about).toContainEqual(['History head (entry:hash)', `${before.seq}:${before.hash}`]);

    const xlsx = path.join(dir, 'now.xlsx');
    await writeReport(ctx, { format: 'xlsx', path: xlsx, lang: 'en' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const sheet = wb.getWorksheet('About this report')!;
    const values = sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(values).toContainEqual(['History head (entry:hash)', `${after.seq}:${after.hash}`]);

    const past = path.join(dir, 'january.xlsx');
    await writeReport(ctx, { format: 'xlsx', path: past, lang: 'en', asOf: '2027-01-15' });
    const old = new ExcelJS.Workbook();
    await old.xlsx.readFile(past);
    const history = old.getWorksheet('Change history')!;
    expect(history.getRow(history.rowCount).getCell(8).value).toBe(before.hash);
  });
});
