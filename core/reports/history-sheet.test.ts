// The XLSX report carries the change history, read back with exceljs: every entry, and the chain
// head that `ropa verify` prints, so the head is anchored outside the register file.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { must } from '../dispatcher';
import { writeReport } from './export';
import { tempDir, tempRegister } from '../test-helpers';

describe('History sheet of the XLSX report', () => {
  it('lists every change oldest first with its author and hash; the last hash is the chain head', async () => {
    const ctx = tempRegister({ sample: true, author: 'Alice Peeters' });
    const [org] = must(ctx, 'listOrganisations', {});
    must(ctx, 'updateOrganisation', {
      id: org!.id,
      version: org!.version,
      fields: { ...org!, dpoEmail: 'dpo@itsme.example' },
    });
    const out = path.join(tempDir(), 'register.xlsx');
    await writeReport(ctx, { format: 'xlsx', path: out, lang: 'en' });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('Change history')!;
    const entries = must(ctx, 'listHistory', { limit: 100_000 });
    expect(sheet.rowCount).toBe(entries.length + 1);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'No.',
      'When (UTC)',
      'Author',
      'Entry',
      'Entry id',
      'Action',
      'Changes (before → after)',
      'Hash (chain)',
    ]);
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(3).value).toBe('Alice Peeters');
    expect(last.getCell(6).value).toBe('update');
    expect(last.getCell(7).value).toBe(`dpoEmail: ${org!.dpoEmail} → dpo@itsme.example`);
    expect(last.getCell(8).value).toBe(must(ctx, 'verifyHistory', {}).headHash);
    expect(sheet.getRow(2).getCell(1).value).toBe(entries.at(-1)!.seq);
  });
});
