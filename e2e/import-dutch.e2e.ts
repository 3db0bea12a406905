// Issue 14, points 4-5, in Dutch: the import wizard's review speaks the UI's language. The core
// reports what each cell became as notes (core/api/import-report.ts); the page words them from its
// locales, so a Dutch user reads a fuzzy match, a proposed new term and a dropped value in Dutch,
// with the register's words (legal bases, term labels) in Dutch too, and no English sentence.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import en from '../renderer/src/locales/en.json';
import nl from '../renderer/src/locales/nl.json';
import { ImportWizard } from './pages/ImportWizard';
import { appPerFile, screenshot, startApp } from './support/app';
import { emptyRegister } from './support/registers';

const app = appPerFile(emptyRegister, (file) => startApp(file, 'E2E Tester', {}, { locale: 'nl-BE' }));

type Templates = Record<string, string>;
const REVIEW_KEY = /^(note_|doubt_|drop_|error_|uncertain$|dropped$)/;

/**
 * The fixed words of the English review sentences (the UI's and the CLI's), where Dutch says it
 * otherwise: "matched", "is not in the vocabulary: proposed as a new term", "Legal basis: ", ….
 */
function englishReviewWords(): string[] {
  const dutch = Object.entries(nl.imports as Templates).filter(([k]) => REVIEW_KEY.test(k));
  const fragments = Object.entries(en.imports as Templates)
    .filter(([k]) => REVIEW_KEY.test(k))
    .flatMap(([, v]) => v.split(/{{[^}]*}}/))
    .map((f) => f.replace(/^[\s“”():,.]+|[\s“”():,.]+$/g, ''))
    .filter((f) => /[a-z]{3}/i.test(f) && !dutch.some(([, d]) => d.includes(f)));
  // The CLI's words of the same notes (core/import/words.ts), which the page must not show either.
  return [...new Set([...fragments, 'legal basis', 'data subject', 'new term', 'uncertain', 'dropped'])];
}

describe('Spreadsheet importeren…', () => {
  it('reviews a sheet in Dutch: a fuzzy match, a new term and a dropped value, worded in Dutch', async () => {
    const sheet = path.join(app.dir, 'register.csv');
    writeFileSync(
      sheet,
      stringify(
        [
          ['Verwerkingsactiviteit', 'Doeleinden van de verwerking', 'Rechtsgrond', 'Categorieën van betrokkenen'],
          ['Klantenservice', 'Vragen van klanten beantwoorden', 'overeenkomst; onbekend', 'Klantn; Ruimtevaarders'],
        ],
        { delimiter: ';' },
      ),
    );
    const wizard = new ImportWizard(app.page, nl);
    await wizard.open();
    await wizard.chooseFile(sheet);
    await wizard.toHeaderRows();
    await wizard.toMapping();
    await wizard.toReview();

    expect(await wizard.counts().textContent()).toBe(
      '1 nieuw, 0 bijgewerkt, 0 met fouten; 2 onzekere waarden, 1 weggelaten.',
    );
    const row = wizard.reviewRow(2);
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    await screenshot(app.page, 'nl-import-review');
    // What became what, with the register's words in Dutch (the legal basis label, the term's Dutch label).
    expect(text).toContain('Doeleinden van de verwerking: Doeleinde: Vragen van klanten beantwoorden');
    expect(text).toContain('Rechtsgrond: Rechtsgrond: Uitvoering van een overeenkomst');
    expect(text).toContain(
      'Categorieën van betrokkenen: Categorieën van betrokkenen: Klanten; Categorieën van betrokkenen: Ruimtevaarders (nieuwe term)',
    );
    // What is uncertain: the fuzzy match with its score in Dutch notation, and the proposed term.
    const uncertain = await row.locator('[data-kind="uncertain"]').allInnerTexts();
    expect(uncertain).toEqual([
      expect.stringMatching(/^Onzeker: “Klantn” komt overeen met “Klanten” \(score 0,\d+\)$/),
      'Onzeker: “Ruimtevaarders” staat niet in de woordenlijst: voorgesteld als nieuwe term',
    ]);
    // What is dropped.
    expect(await row.locator('[data-kind="dropped"]').allInnerTexts()).toEqual(['Weggelaten: onbekend']);
    // And nothing of it in English.
    const english = englishReviewWords().filter((w) => text.toLowerCase().includes(w.toLowerCase()));
    expect(english).toEqual([]);

    await app.page.getByRole('button', { name: nl.action.cancel }).click();
    await wizard.dialog.waitFor({ state: 'hidden' });
  });
});
