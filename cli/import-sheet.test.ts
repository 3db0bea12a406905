// `ropa import FILE SHEET` as a user runs it: the dry run, a real import into a new and an existing
// register, and every kind of bad input refused in one line with the register left byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../core/api/import-report';
import { must } from '../core/dispatcher';
import { sha256, tempDir } from '../core/test-helpers';
import { expectOneErrorLine, readBack, ropa, sampleRegister } from './test-helpers';

const ICO_HEADER = ['Business function', 'Purpose of processing', 'Categories of individuals', 'Retention schedule'];

function icoCsv(dir: string, rows: string[][], name = 'ico.csv'): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, stringify([ICO_HEADER, ...rows]));
  return file;
}

describe('ropa import FILE SHEET', () => {
  it('dry run: says per row and cell what it would become, as text or JSON, and writes nothing', () => {
    const dir = tempDir();
    const register = sampleRegister(dir);
    const before = sha256(register);
    const sheet = icoCsv(dir, [['Sales', 'Quotes', 'Custmers', '2 years after the quote']]);
    const text = ropa(['import', register, sheet, '--dry-run']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('profile ico (en)');
    expect(text.stdout).toContain('Row 2: creates "Quotes"');
    expect(text.stdout).toMatch(/uncertain: "Custmers" matched "Customers" \(score 0\.\d+\)/);
    expect(text.stdout).toContain('retention: 2 years after the quote');
    const json = ropa(['import', register, sheet, '--dry-run', '--json']);
    const report = JSON.parse(json.stdout) as ImportReport;
    expect(report.rows[0]).toMatchObject({ row: 2, action: 'create', name: 'Quotes' });
    expect(report.counts).toMatchObject({ create: 1, update: 0, error: 0, uncertain: 1 });
    expect(sha256(register)).toBe(before);
    // A dry run for a register not made yet leaves no file either.
    expect(ropa(['import', path.join(dir, 'new.sqlite'), sheet, '--dry-run']).code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'new.sqlite'))).toBe(false);
  });

  it('creates the register when missing, and a second import of a changed sheet updates the same activities', () => {
    const dir = tempDir();
    const register = path.join(dir, 'r.sqlite');
    const first = ropa(
      ['import', register, icoCsv(dir, [['Sales', 'Quotes', 'Customers', '2 years']]), '--author', 'Bea'],
      {},
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^Created r\.sqlite from ico\.csv \(profile ico, sheet "ico", header row 1\): 1 activities created, 0 updated/,
    );
    const second = ropa(['import', register, icoCsv(dir, [['Sales', 'Quotes', 'Customers', '3 years']], 'ico2.csv')]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/0 activities created, 1 updated/);
    const ctx = readBack(register);
    const [a] = must(ctx, 'listActivities', {});
    expect(must(ctx, 'getActivity', { id: a!.id }).retention).toMatchObject([
      { durationValue: 3, durationUnit: 'years' },
    ]);
    expect(must(ctx, 'listHistory', {}).map((h) => h.author)).toContain('Bea (import of ico.csv)');
  });
});

describe('ropa import FILE SHEET refuses bad input in one line, the register left byte for byte', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
  const halfXlsx = async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRow(['x']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    return xlsx.subarray(0, xlsx.length / 2);
  };
  const noName = stringify([ICO_HEADER, ['Sales', 'Quotes', 'Customers', ''], ['Sales', '', 'Prospects', '1 year']]);
  const cases: [string, () => Buffer | string | Promise<Buffer>, RegExp, number][] = [
    ['empty.csv', () => '', /empty\.csv is empty/, 2],
    ['nothing.csv', () => 'a,b\n1,2\n', /nothing\.csv: no header row recognised/, 2],
    ['photo.xlsx', () => png, /photo\.xlsx is not an Excel workbook/, 2],
    ['broken.xlsx', halfXlsx, /broken\.xlsx is damaged/, 2],
    [
      'locked.xlsx',
      () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]),
      /locked\.xlsx is password-protected/,
      2,
    ],
    ['no-name.csv', () => noName, /no-name\.csv, row 3: no name or purpose; nothing was imported/, 1],
  ];

  it.each(cases)('%s', async (name, content, message, code) => {
    const dir = tempDir();
    const register = sampleRegister(dir);
    const before = sha256(register);
    const file = path.join(dir, name);
    fs.writeFileSync(file, await content());
    const r = ropa(['import', register, file]);
    expect(r.code).toBe(code);
    expectOneErrorLine(r.stderr, message);
    expect(sha256(register)).toBe(before);
    // Nor is a register created for a sheet that cannot be imported (a bad file; a bad row).
    if (name === 'photo.xlsx' || name === 'no-name.csv') {
      expect(ropa(['import', path.join(dir, 'new.sqlite'), file]).code).toBe(code);
      expect(fs.existsSync(path.join(dir, 'new.sqlite'))).toBe(false);
    }
  });

  it('a 50 MB sheet', () => {
    const dir = tempDir();
    const register = sampleRegister(dir);
    const before = sha256(register);
    const big = path.join(dir, 'big.csv');
    const fd = fs.openSync(big, 'w');
    fs.writeSync(fd, `${ICO_HEADER.join(',')}\n`);
    const line = Buffer.from(`Sales,${'x'.repeat(1000)},Customers,1 year\n`);
    const block = Buffer.concat(Array.from({ length: 1000 }, () => line));
    for (let i = 0; i < 50; i++) fs.writeSync(fd, block);
    fs.closeSync(fd);
    const r = ropa(['import', register, big]);
    expect(r.code).toBe(2);
    expectOneErrorLine(r.stderr, /big\.csv is \d+ MB; the import reads sheets up to 40 MB/);
    expect(sha256(register)).toBe(before);
  });
});

describe('ropa export --profile', () => {
  it('writes the template’s columns, which ropa import reads back with the same profile', () => {
    const dir = tempDir();
    const register = sampleRegister(dir);
    const out = path.join(dir, 'gba.csv');
    const exported = ropa([
      'export',
      register,
      '--format',
      'csv',
      '--profile',
      'apd',
      '--lang',
      'nl',
      '--delimiter',
      ';',
      '-o',
      out,
    ]);
    expect(exported.stderr).toBe('');
    expect(exported.stdout).toMatch(/^Wrote .*gba\.csv \(\d+ activities, \d+ bytes\)/);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.split(/\r?\n/)[0]).toMatch(/^\uFEFFReferentie;Verwerkingsactiviteit;Dienst;/);

    const copy = path.join(dir, 'copy.sqlite');
    const imported = ropa(['import', copy, out, '--profile', 'apd', '--author', 'tester']);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const names = (file: string) =>
      must(readBack(file), 'listActivities', { lang: 'nl' })
        .map((a) => a.reference)
        .sort();
    expect(names(copy)).toEqual(names(register));

    const pdf = ropa(['export', register, '--format', 'pdf', '--profile', 'ico', '-o', path.join(dir, 'x.pdf')]);
    expect(pdf.code).not.toBe(0);
    expectOneErrorLine(pdf.stderr, /--profile writes csv or xlsx, not pdf/);
  });
});
