// The app's import steps through the contract, as the wizard calls them: read the file, change a
// column's field, review, import; then the activities and the saved mapping are read back.
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import type { ImportJob } from '../api/import-report';
import type { CoreContext } from '../context';
import { call, must } from '../dispatcher';
import { getMeta } from '../register-info';
import { tempDir, tempRegister } from '../test-helpers';

async function finished(ctx: CoreContext, jobId: string): Promise<ImportJob> {
  for (;;) {
    const job = must(ctx, 'getImportJob', { jobId });
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function sheetFile(): string {
  const file = path.join(tempDir(), 'verwerkingen.csv');
  const text = stringify(
    [
      ['Register van de verwerkingen', '', '', ''],
      ['Verwerkingsactiviteit', 'Doeleinden van de verwerking', 'Rechtsgrond', 'Interne opmerking'],
      ['Personeelsadministratie', 'Loonadministratie', 'wettelijke verplichting', 'Dienst HR'],
      ['Cameratoezicht', 'Beveiliging', 'gerechtvaardigd belang', 'Dienst Facility'],
    ],
    { delimiter: ';', record_delimiter: 'windows' },
  );
  fs.writeFileSync(file, Buffer.from([...text].map((ch) => ch.charCodeAt(0))));
  return file;
}

describe('import jobs (Register ▸ Import spreadsheet…)', () => {
  it('reads, reviews with a changed mapping and imports; the mapping is saved for the layout', async () => {
    const ctx = tempRegister();
    const read = await finished(ctx, must(ctx, 'readImportSource', { path: sheetFile() }).jobId);
    expect(read.error).toBeNull();
    const source = read.source!;
    expect(source).toMatchObject({ source: 'verwerkingen.csv', format: 'csv', delimiter: ';' });
    expect(source.sheets[0]!.rows[0]![0]).toBe('Register van de verwerkingen');
    expect(source.layout).toMatchObject({ headerRow: 2, profile: 'apd', profileLanguage: 'nl' });
    const fields = Object.fromEntries(source.layout.columns.map((c) => [c.header, c.field]));
    expect(fields).toMatchObject({ 'Interne opmerking': 'ignore', Rechtsgrond: 'legalBases' });

    // The header row picked by hand gives its own columns.
    const other = must(ctx, 'describeImportLayout', {
      sourceId: source.sourceId,
      sheet: source.layout.sheet,
      headerRow: 1,
    });
    expect(other.columns.map((c) => c.header)).toEqual(['Register van de verwerkingen']);

    const choice = {
      sourceId: source.sourceId,
      sheet: source.layout.sheet,
      headerRow: 2,
      mapping: { ...fields, 'Interne opmerking': 'department' } as Record<string, 'department'>,
    };
    const review = await finished(ctx, must(ctx, 'reviewImport', choice).jobId);
    expect(review.report!.counts).toMatchObject({ create: 2, update: 0, error: 0 });
    const cell = review.report!.rows[0]!.cells.find((c) => c.column === 'Interne opmerking');
    expect(cell).toMatchObject({ field: 'department', value: 'Dienst HR' });
    expect(must(ctx, 'listActivities', {})).toHaveLength(0);

    const run = await finished(ctx, must(ctx, 'runImport', choice).jobId);
    expect(run.error).toBeNull();
    expect(run.result).toMatchObject({ created: 2, updated: 0 });
    const list = must(ctx, 'listActivities', {});
    expect(list.map((a) => [a.name, a.department]).sort()).toEqual([
      ['Cameratoezicht', 'Dienst Facility'],
      ['Personeelsadministratie', 'Dienst HR'],
    ]);
    const hr = must(ctx, 'getActivity', { id: list.find((a) => a.name === 'Personeelsadministratie')!.id });
    expect(hr.purposes.map((p) => [p.text, p.legalBases])).toEqual([['Loonadministratie', ['legal_obligation']]]);
    expect(getMeta(ctx, 'import_mappings')).toContain('"interne opmerking":"department"');

    // The source is forgotten once imported; a second import needs the file again.
    const again = call(ctx, 'runImport', choice);
    expect(again.ok ? 'ok' : again.error.kind).toBe('not_found');
  });

  it('a file that cannot be read fails its job with one line', async () => {
    const ctx = tempRegister();
    const png = path.join(tempDir(), 'register.xlsx');
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const job = await finished(ctx, must(ctx, 'readImportSource', { path: png }).jobId);
    expect(job.state).toBe('failed');
    expect(job.error!.message).toBe('register.xlsx is not an Excel workbook (.xlsx); its content is of another kind.');
  });
});
