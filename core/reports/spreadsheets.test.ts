// CSV and XLSX as Excel or LibreOffice would open them: parsed back with csv-parse and exceljs.
import { cookieLabels } from '../api/cookie-labels';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../context';
import { must } from '../dispatcher';
import { labelsFor } from '../api/labels';
import { CSV_DELIMITERS } from '../api/export-options';
import { writeReport } from './export';
import { payloadRegister, sampleRegister } from './fixtures';
import { buildReport } from './model';
import { fieldsOf } from '../activities';

let dir: string;
let sample: CoreContext;
let payload: CoreContext;

const FORMULA_START = /^[=+\-@\t\r\n]/;
/** A cell a spreadsheet would compute: it starts with a trigger (a negative number may stay a number). */
const TRIGGER = FORMULA_START;
const NEGATIVE_NUMBER = /^-\d+(\.\d+)?$/;

/**
 * As Excel or LibreOffice read a file opened with another delimiter than it was written with:
 * rows of any length, and a quoted field followed by more text read on to the next delimiter.
 */
function readLoosely(file: string, delimiter: string): string[][] {
  return parse(fs.readFileSync(file), {
    bom: true,
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
  }) as string[][];
}

function readCsv(file: string, delimiter = ','): string[][] {
  const bytes = fs.readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { bom: true, delimiter, relax_column_count: false }) as string[][];
}

async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-sheets-'));
  sample = sampleRegister(dir);
  payload = payloadRegister(dir);
});
afterAll(() => {
  sample.register.close();
  payload.register.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('CSV export', () => {
  it('has one row per activity, one column per Article 30 field, lists joined with " | ", and recipients and organisations files beside it', async () => {
    const out = path.join(dir, 'sample.csv');
    const result = await writeReport(sample, { format: 'csv', path: out, delimiter: ';' });
    expect(result.files.map((f) => path.basename(f.path))).toEqual([
      'sample.csv',
      'sample-recipients.csv',
      'sample-organisations.csv',
      'sample-about.csv',
    ]);
    const [header, ...rows] = readCsv(out, ';');
    const model = buildReport(sample, { lang: 'en' }, false);
    expect(rows).toHaveLength(model.activities.length);
    for (const part of [
      '(Art. 30(1)(a))',
      '(Art. 30(1)(b))',
      '(Art. 30(1)(c))',
      '(Art. 30(1)(d))',
      '(Art. 30(1)(e))',
      '(Art. 30(1)(f))',
      '(Art. 30(1)(g))',
    ]) {
      expect(header!.some((h) => h.endsWith(part))).toBe(true);
    }
    const col = (name: string) => header!.findIndex((h) => h.startsWith(name));
    const multi = model.activities.find((a) => a.purposes.length > 1)!;
    const row = rows.find((r) => r[col('Activity')] === multi.name)!;
    // Each purpose beside its own legal bases.
    expect(row[col('Purposes and their legal bases')]).toBe(multi.purposes.join(' | '));
    expect(multi.purposeList.every((p) => multi.purposes.includes(p.line))).toBe(true);
    expect(row[col('Legal basis')]).toBe(multi.legalBases.join(' | '));
    expect(row[col('Retention')]).toBe(multi.retention.map((r) => r.text).join(' | '));
    const [rHeader, ...recipients] = readCsv(path.join(dir, 'sample-recipients.csv'), ';');
    expect(rHeader![0]).toBe('Recipient');
    expect(recipients.map((r) => r[0])).toEqual(model.recipients.map((r) => r.name));
    // Art. 30(1)(a) and (2)(a): the controller's address and DPO, and the client controller it processes for.
    const [oHeader, ...orgs] = readCsv(path.join(dir, 'sample-organisations.csv'), ';');
    const cell = (row: string[], name: string) => row[oHeader!.indexOf(name)];
    const own = orgs.find((o) => cell(o, 'Organisation') === 'Belgian Mobile ID SA/NV')!;
    // In English, the sample's Dutch address is printed in its English version.
    expect(cell(own, 'Address')).toBe('Rue du Marquis 1, 1000 Brussels');
    expect(cell(own, 'Enterprise number')).toBe('0541.659.084');
    expect(cell(own, 'Data protection officer')).toMatch(/privacy@itsme-id\.com/);
    expect(orgs.map((o) => cell(o, 'Kind of organisation'))).toContain('Client (controller)');
  });

  it('is byte-identical for the same register and options', async () => {
    const a = path.join(dir, 'a.csv');
    const b = path.join(dir, 'b.csv');
    await writeReport(sample, { format: 'csv', path: a, lang: 'de' });
    await writeReport(sample, { format: 'csv', path: b, lang: 'de' });
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
    expect(
      fs.readFileSync(path.join(dir, 'a-recipients.csv')).equals(fs.readFileSync(path.join(dir, 'b-recipients.csv'))),
    ).toBe(true);
  });

  it('uses the labels of the chosen language', async () => {
    for (const lang of ['nl', 'fr', 'de'] as const) {
      const out = path.join(dir, `lang-${lang}.csv`);
      await writeReport(sample, { format: 'csv', path: out, lang });
      const [header, ...rows] = readCsv(out);
      const L = labelsFor(lang);
      expect(header![1]).toBe(L.field.name);
      expect(rows.some((r) => r.some((c) => c.includes(L.legalBasis.contract)))).toBe(true);
    }
  });

  it('keeps every activity of a long register, in order, under one header and one byte order mark', async () => {
    const long = sampleRegister(dir, 'long.ropa');
    try {
      const base = fieldsOf(must(long, 'getActivity', { id: must(long, 'listActivities', {})[0]!.id }));
      // More rows than csv.ts hands csv-stringify at a time, and not a multiple of that.
      for (const start of [0, 1_000]) {
        must(long, 'createActivities', {
          activities: Array.from({ length: start === 0 ? 1_000 : 234 }, (_, i) => ({
            ...base,
            reference: `L-${String(start + i).padStart(5, '0')}`,
            name: `Long register activity ${start + i}`,
          })),
        });
      }
      const out = path.join(dir, 'long.csv');
      await writeReport(long, { format: 'csv', path: out, delimiter: ';' });
      const text = fs.readFileSync(out, 'utf8');
      expect(text.split('\ufeff')).toHaveLength(2);
      expect(text.endsWith('\r\n')).toBe(true);
      const [header, ...rows] = readCsv(out, ';');
      const model = buildReport(long, { lang: 'en' }, false);
      expect(rows).toHaveLength(model.activities.length);
      expect(rows.filter((r) => r[0]!.startsWith('L-'))).toHaveLength(1_234);
      const reference = header!.indexOf('Reference');
      expect(rows.map((r) => r[reference])).toEqual(model.activities.map((a) => a.reference));
      expect(rows.every((r) => r.length === header!.length)).toBe(true);
    } finally {
      long.register.close();
    }
  });

  it.each(CSV_DELIMITERS)(
    'written with %j, opens inert with any delimiter: no cell of any file starts a formula, in any line',
    async (delimiter) => {
      const out = path.join(dir, `payload-${CSV_DELIMITERS.indexOf(delimiter)}.csv`);
      const result = await writeReport(payload, { format: 'csv', path: out, delimiter });
      // Every file the export writes (activities, recipients and any other beside them).
      const files = result.files.map((f) => f.path);
      expect(files.length).toBeGreaterThanOrEqual(2);
      for (const file of files) {
        for (const readWith of CSV_DELIMITERS) {
          const cells = readLoosely(file, readWith).flat();
          expect(cells.length).toBeGreaterThan(0);
          const live = cells.filter((c) => TRIGGER.test(c) && !NEGATIVE_NUMBER.test(c));
          expect(
            live,
            `${path.basename(file)} written with ${JSON.stringify(delimiter)}, read with ${JSON.stringify(readWith)}`,
          ).toEqual([]);
        }
      }
      // Read as written: the text is all there, behind one quote per formula-looking line.
      const cells = readCsv(out, delimiter).flat();
      expect(cells).toContain("'=1+1");
      expect(cells).toContain("'@SUM(A1)");
      expect(cells).toContain("'\t'=x");
      expect(cells).toContain("first line\n'=1234+1");
      expect(cells).toContain("x;'=9+9;y");
      expect(cells).toContain("x\t'=5+5\ty");
      expect(cells).toContain("Bell\u0007 clear\u001b[2J\r'=2+2");
      expect(cells).toContain('<script>alert(1)</script>');
      expect(cells).toContain('say "hi", then;\'\nnew line');
      // The version column is a number and stays one.
      expect(cells).toContain('1');
      // Fields holding any delimiter are quoted, also the ones the file itself does not split on.
      const raw = fs.readFileSync(out, 'utf8');
      expect(raw).toContain('"x;\'=9+9;y"');
      expect(raw).toContain('"a,\'=8+8,b"');
      expect(raw).toContain('"x\t\'=5+5\ty"');
      const recipients = readCsv(files[1]!, delimiter).flat();
      expect(recipients).toContain("line\r\n'=6+6");
    },
  );
});

describe('XLSX export', () => {
  it('has the report sheets and the change history, with frozen, filterable header rows and wrapped text', async () => {
    const out = path.join(dir, 'sample.xlsx');
    await writeReport(sample, { format: 'xlsx', path: out, lang: 'fr' });
    const wb = await readXlsx(out);
    const L = labelsFor('fr').report;
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      L.sheetActivities,
      L.sheetOrganisations,
      L.sheetRecipients,
      L.sheetTransfers,
      L.sheetRetention,
      cookieLabels('fr').sheet,
      'Historique',
      L.aboutSheet,
    ]);
    const model = buildReport(sample, { lang: 'fr' }, false);
    const activities = wb.getWorksheet(L.sheetActivities)!;
    expect(activities.rowCount).toBe(model.activities.length + 1);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.getRow(1).font?.bold).toBe(true);
    }
    expect(activities.getCell('B2').alignment?.wrapText).toBe(true);
    expect(activities.getColumn(2).width).toBeGreaterThan(20);
    const transfers = wb.getWorksheet(L.sheetTransfers)!;
    expect(transfers.getCell('C2').value).toBe('US');
    // The Organisations sheet: name, enterprise number, address, country, contact, representative, DPO.
    const orgs = wb.getWorksheet(L.sheetOrganisations)!;
    const header = (orgs.getRow(1).values as unknown[]).map(String);
    const own = (orgs.getRow(2).values as unknown[]).map(String);
    const at = (label: string) => own[header.indexOf(label)];
    const F = labelsFor('fr').field;
    expect(at(F.organisation)).toBe('Belgian Mobile ID SA/NV');
    expect(at(F.address)).toBe('Markiesstraat 1, 1000 Brussel');
    expect(at(F.dpo)).toMatch(/privacy@itsme-id\.com/);
  });

  it('writes every text as a neutralised string and no cell as a formula', async () => {
    const out = path.join(dir, 'payload.xlsx');
    await writeReport(payload, { format: 'xlsx', path: out });
    const wb = await readXlsx(out);
    const strings: string[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
          if (cell.type === ExcelJS.ValueType.String) strings.push(cell.value as string);
          else expect([ExcelJS.ValueType.Number, ExcelJS.ValueType.Date]).toContain(cell.type);
        }),
      );
    }
    expect(strings.filter((s) => FORMULA_START.test(s))).toEqual([]);
    // Nor any line inside a cell.
    expect(strings.filter((s) => s.split(/\r\n|\r|\n/).some((line) => FORMULA_START.test(line)))).toEqual([]);
    expect(strings).toContain("first line\n'=1234+1");
    // XML cannot hold the control characters, and a CR is read back as a line break.
    expect(strings).toContain("Bell clear[2J\n'=2+2");
    expect(strings).toContain('\'=HYPERLINK("http://evil.example")');
    expect(strings).toContain('<script>alert(1)</script>');
  });

  it('keeps accented text (é ë ç ß ü) in all four languages', async () => {
    const org = must(sample, 'createOrganisation', { kind: 'own', name: 'Façade Zoë Müller Straße Émile' });
    must(sample, 'createActivity', {
      organisationId: org.id,
      name: 'Gestion des congés — Kündigungsschutz für Geschäftsführer',
      status: 'active',
      purposes: [{ text: 'Coördinatie, ça va' }],
    });
    for (const lang of ['en', 'nl', 'fr', 'de'] as const) {
      const xlsx = path.join(dir, `accents-${lang}.xlsx`);
      await writeReport(sample, { format: 'xlsx', path: xlsx, lang });
      const wb = await readXlsx(xlsx);
      const cells = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String));
      const csv = path.join(dir, `accents-${lang}.csv`);
      await writeReport(sample, { format: 'csv', path: csv, lang });
      for (const text of [cells, readCsv(csv).flat()]) {
        // In Dutch, the sample's further language, an untranslated text carries the fallback mark beside it.
        const holds = (wanted: string) => text.some((cell) => cell.includes(wanted));
        expect(text).toContain('Façade Zoë Müller Straße Émile');
        expect(holds('Gestion des congés — Kündigungsschutz für Geschäftsführer')).toBe(true);
        expect(holds('Coördinatie, ça va')).toBe(true);
        expect(text).toContain(labelsFor(lang).legalBasis.legitimate_interests + ' (Art. 6(1)(f))');
      }
    }
  });
});
