// `ropa import FILE LIST.csv|.xlsx --cookies`: a cookie list kept as a spreadsheet, its headers in
// any of the four languages, providers matched to recipients (created when new), categories to the
// cookie_category terms by any language's label; a bad row refused with the register unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { must } from '../core/dispatcher';
import { sha256, tempDir } from '../core/test-helpers';
import { expectOneErrorLine, readBack, ropa, sampleRegister } from './test-helpers';

describe('ropa import FILE LIST.csv|.xlsx --cookies', () => {
  it('a Dutch CSV: providers to recipients (new ones created), categories by label, expiry as written', () => {
    const dir = tempDir();
    const register = sampleRegister(dir);
    const csv = path.join(dir, 'cookies.csv');
    fs.writeFileSync(
      csv,
      stringify(
        [
          ['Naam', 'Domein', 'Aanbieder', 'Categorie', 'Doel', 'Looptijd'],
          ['_ga', '.example.be', 'Google', 'Analytisch en statistisch', 'Onderscheidt bezoekers', '2 jaar'],
          ['lang', 'www.example.be', '', 'Voorkeuren', 'Onthoudt de taal', 'Sessie'],
          ['hjid', 'hotjar.com', 'Hotjar Ltd', 'Analytics', 'Heatmaps', '365 dagen'],
        ],
        { delimiter: ';' },
      ),
    );
    const r = ropa(['import', register, csv, '--cookies', '--site', 'example.be', '--author', 'Bea']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'Updated sample.sqlite from cookies.csv: 3 cookies created, 0 updated, 0 unchanged, 1 new providers (recipients).\n',
    );
    const ctx = readBack(register);
    const recipients = must(ctx, 'listRecipients', {});
    const google = recipients.find((x) => x.name === 'Google')!;
    const hotjar = recipients.filter((x) => x.name === 'Hotjar Ltd');
    expect(hotjar).toHaveLength(1);
    const terms = must(ctx, 'listTerms', { kind: 'cookie_category' });
    const code = (id: string | null) => terms.find((t) => t.id === id)?.code;
    const cookies = must(ctx, 'listCookies', {});
    const ga = cookies.find((c) => c.name === '_ga')!;
    expect(ga).toMatchObject({ domain: 'example.be', providerId: google.id, expiryValue: 2, expiryUnit: 'years' });
    expect(ga.purpose).toBe('Onderscheidt bezoekers');
    expect(code(ga.categoryId)).toBe('analytics');
    const lang = cookies.find((c) => c.name === 'lang')!;
    expect(lang).toMatchObject({ expiry: 'session', providerId: null, party: 'first' });
    expect(code(lang.categoryId)).toBe('preferences');
    const hj = cookies.find((c) => c.name === 'hjid')!;
    expect(hj).toMatchObject({ providerId: hotjar[0]!.id, party: 'third', expiryValue: 365, expiryUnit: 'days' });
    expect(code(hj.categoryId)).toBe('analytics');
    expect(must(ctx, 'listHistory', {}).filter((h) => h.author === 'Bea (import of cookies.csv)')).toHaveLength(4);
    expect(must(ctx, 'verifyHistory', {})).toMatchObject({ ok: true, differenceCount: 0 });
  });

  it('an XLSX with a title above French headers; an unknown category refuses the whole sheet', async () => {
    const dir = tempDir();
    const register = sampleRegister(dir);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Cookies');
    sheet.addRow(['Politique de cookies — www.example.be']);
    sheet.addRow([]);
    sheet.addRow(['Nom du cookie', 'Domaine', 'Fournisseur', 'Catégorie', 'Finalité', 'Durée']);
    sheet.addRow(['sid', 'www.example.be', '', 'Strictement nécessaires', 'Session de connexion', '30 minutes']);
    sheet.addRow(['_fbp', '.facebook.com', 'Facebook', 'Marketing', 'Publicité', '3 mois']);
    const xlsx = path.join(dir, 'cookies.xlsx');
    await book.xlsx.writeFile(xlsx);
    const r = ropa(['import', register, xlsx, '--cookies', '--site', 'example.be']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/2 cookies created, 0 updated, 0 unchanged\.\n$/);
    let ctx = readBack(register);
    const cookies = must(ctx, 'listCookies', {});
    expect(cookies.find((c) => c.name === 'sid')).toMatchObject({ expiryValue: 30, expiryUnit: 'minutes' });
    const fbp = cookies.find((c) => c.name === '_fbp')!;
    expect(fbp).toMatchObject({ party: 'third', expiryValue: 3, expiryUnit: 'months' });
    expect(must(ctx, 'listRecipients', {}).find((x) => x.id === fbp.providerId)?.name).toBe('Facebook');
    ctx.register.close();

    const before = sha256(register);
    sheet.addRow(['x', 'example.be', '', 'Cosmétiques', '', 'Session']);
    await book.xlsx.writeFile(xlsx);
    const bad = ropa(['import', register, xlsx, '--cookies']);
    expect(bad.code).toBe(1);
    expectOneErrorLine(
      bad.stderr,
      /cookies\.xlsx: "x": "Cosmétiques" is not a cookie category; nothing was imported\./,
    );
    expect(sha256(register)).toBe(before);
    ctx = readBack(register);
    expect(must(ctx, 'listCookies', {})).toHaveLength(cookies.length);
  });
});
