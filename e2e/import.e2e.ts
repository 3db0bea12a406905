// Register ▸ Import spreadsheet… in the browser host: a Belgian Excel CSV (';' and Windows-1252,
// Dutch headers and values) with a title row above the header; one column's field is changed, the
// review says what each cell becomes, and the imported activities show in the list with their fields.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { openRegister } from '../db/open';
import { ActivitiesList } from './pages/ActivitiesList';
import { ImportWizard } from './pages/ImportWizard';
import { appPerFile, screenshot, startApp } from './support/app';
import { emptyRegister } from './support/registers';

let file: string;
const app = appPerFile(
  (dir) => (file = emptyRegister(dir)),
  (registerFile) => startApp(registerFile, 'E2E Tester'),
);

/** Excel's "CSV (;)" on a Belgian Windows: one byte per accented letter. */
function windows1252Csv(target: string, rows: string[][]): void {
  const text = stringify(rows, { delimiter: ';', record_delimiter: 'windows' });
  writeFileSync(target, Buffer.from([...text].map((ch) => ch.charCodeAt(0))));
}

describe('Import spreadsheet…', () => {
  it('imports a ;-separated Windows-1252 CSV with Dutch headers after one mapping is changed', async () => {
    const sheet = path.join(app.dir, 'verwerkingsregister.csv');
    windows1252Csv(sheet, [
      ['Verwerkingsregister Gemeente Voorbeeld', '', '', '', '', '', ''],
      [
        'Verwerkingsactiviteit',
        'Doeleinden van de verwerking',
        'Rechtsgrond',
        'Categorieën van betrokkenen',
        'Categorieën van persoonsgegevens',
        'Bewaartermijn',
        'Afdeling intern',
      ],
      [
        'Personeelsadministratie',
        'Loonadministratie',
        'wettelijke verplichting',
        'Werknemers',
        'Identificatiegegevens; Bankrekeninggegevens',
        '5 jaar na uitdiensttreding',
        'Personeelsdienst',
      ],
      [
        'Cameratoezicht',
        'Beveiliging van het gemeentehuis',
        'gerechtvaardigd belang',
        'Bezoekers',
        'Camerabeelden',
        '1 maand',
        'Facilitaire dienst',
      ],
    ]);

    const wizard = new ImportWizard(app.page);
    await wizard.open();
    await screenshot(app.page, 'import-1-file');
    await wizard.chooseFile(sheet);
    expect(await wizard.sourceLine().textContent()).toBe(
      'verwerkingsregister.csv: CSV, windows-1252, columns separated by “;”.',
    );
    await screenshot(app.page, 'import-2-sheet');

    await wizard.toHeaderRows();
    // The title row is skipped: the header is found on row 2.
    expect(await wizard.headerRow(2).isChecked()).toBe(true);
    await screenshot(app.page, 'import-3-header');

    await wizard.toMapping();
    expect(await wizard.field('Rechtsgrond').inputValue()).toBe('Legal bases');
    expect(await wizard.field('Afdeling intern').inputValue()).toBe('— not imported —');
    await wizard.map('Afdeling intern', 'Department');
    await screenshot(app.page, 'import-4-mapping');

    await wizard.toReview();
    expect(await wizard.counts().textContent()).toBe(
      '2 to create, 0 to update, 0 with errors; 2 uncertain values, 0 dropped.',
    );
    const hr = wizard.reviewRow(3);
    expect(await hr.textContent()).toContain('Personeelsadministratie');
    expect(await hr.textContent()).toContain('Afdeling intern: Department: Personeelsdienst');
    expect(await hr.textContent()).toContain('Rechtsgrond: Legal basis: Legal obligation');
    await expect.poll(() => wizard.dialog.getByTestId('import-new-terms').textContent()).toContain('Camerabeelden');
    await screenshot(app.page, 'import-5-review');

    await wizard.importAll(2);
    const list = new ActivitiesList(app.page);
    await list.waitLoaded();
    await list.row('Cameratoezicht').waitFor();
    expect(await list.counts()).toEqual([2, 2]);
    const row = await list.row('Personeelsadministratie').textContent();
    expect(row).toContain('Personeelsdienst');
    expect(row).toContain('Legal obligation');
    await screenshot(app.page, 'import-6-list');

    // Read back from the file: the fields, and the mapping kept for the next import of this layout.
    const register = openRegister(file, { readOnly: true });
    try {
      const activities = register.sqlite.prepare('SELECT name, department FROM activities ORDER BY name').all() as {
        name: string;
        department: string;
      }[];
      expect(activities).toEqual([
        { name: 'Cameratoezicht', department: 'Facilitaire dienst' },
        { name: 'Personeelsadministratie', department: 'Personeelsdienst' },
      ]);
      const purposes = register.sqlite.prepare('SELECT text, legal_bases FROM purposes ORDER BY text').all();
      expect(purposes).toEqual([
        { text: 'Beveiliging van het gemeentehuis', legal_bases: '["legitimate_interests"]' },
        { text: 'Loonadministratie', legal_bases: '["legal_obligation"]' },
      ]);
      const saved = register.sqlite.prepare("SELECT value FROM register_meta WHERE key = 'import_mappings'").get() as {
        value: string;
      };
      expect(saved.value).toContain('"afdeling intern":"department"');
    } finally {
      register.close();
    }
  });
});
