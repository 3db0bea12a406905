// The auditor's PDF, read back by poppler and qpdf as an auditor's tools would read it.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ART30_REFERENCE, labelsFor, type Art30Heading } from '../api/labels';
import { must } from '../dispatcher';
import type { Language } from '../api/schemas';
import { writeReport } from './export';
import { sampleRegisterPerFile } from './fixtures';
import { buildReport } from './model';

const sample = sampleRegisterPerFile('ropa-pdf-');

const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
/** pdftotext breaks long lines; compare text with all white space collapsed. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

async function exportPdf(
  lang: Language,
  name = `report-${lang}.pdf`,
): Promise<{ file: string; text: string; pages: number }> {
  const file = path.join(sample.dir, name);
  const result = await writeReport(sample.ctx, { format: 'pdf', lang, path: file });
  return { file, text: flat(pdfText(file)), pages: result.pages! };
}

describe('PDF report of the sample register', () => {
  it('holds every Article 30 heading and every activity with its legal basis and retention', async () => {
    const { text } = await exportPdf('en');
    const model = buildReport(sample.ctx, { lang: 'en' }, false);
    const L = labelsFor('en');
    for (const h of Object.keys(ART30_REFERENCE) as Art30Heading[])
      expect(text).toContain(`${ART30_REFERENCE[h]} — ${L.heading[h]}`);
    expect(text).toContain(L.report.controllerRegister);
    expect(text).toContain(L.report.processorRegister);
    expect(model.activities.length).toBeGreaterThanOrEqual(9);
    for (const a of model.activities) {
      expect(text).toContain(a.name);
      for (const basis of a.legalBases) expect(text).toContain(basis);
      for (const r of a.retention) expect(text).toContain(flat(r.text));
    }
  });

  it('is tagged, titled, in the report language, with embedded fonts, and passes qpdf --check', async () => {
    const { file, pages } = await exportPdf('nl');
    const info = pdfInfo(file);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Register van verwerkingsactiviteiten — itsme® register$/m);
    expect(info).toMatch(new RegExp(`^Pages:\\s+${pages}$`, 'm'));
    expect(fs.readFileSync(file, 'latin1')).toMatch(/\/Lang \(nl\)/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('numbers every page "X of Y", lists the activities in contents order and bookmarks them', async () => {
    const { file, text, pages } = await exportPdf('en', 'numbered.pdf');
    for (let n = 2; n <= pages; n++) expect(text).toContain(`Page ${n} of ${pages}`);
    const model = buildReport(sample.ctx, { lang: 'en' }, false);
    const body = text.slice(
      text.indexOf(
        labelsFor('en').report.controllerRegister,
        text.indexOf('Overview of processing activities Activity'),
      ),
    );
    const positions = model.controllerActivities.map((a) => body.indexOf(`${a.reference} ${a.name}`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    type Outline = { title: string; destpageposfrom1: number; kids: Outline[] };
    const outlines = (
      JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' })) as {
        outlines: Outline[];
      }
    ).outlines;
    const L = labelsFor('en').report;
    expect(outlines.map((o) => o.title)).toEqual([L.contents, L.overview, L.controllerRegister, L.processorRegister]);
    const bookmarked = outlines.flatMap((o) => o.kids);
    expect(bookmarked.map((k) => k.title)).toEqual(
      [...model.controllerActivities, ...model.processorActivities].map((a) => `${a.reference}  ${a.name}`),
    );
    // Each bookmark lands on the page where the activity's heading is printed.
    const pageTexts = pdfText(file).split('\f').map(flat);
    for (const k of bookmarked) expect(pageTexts[k.destpageposfrom1 - 1]).toContain(flat(k.title));
  });

  it('states the register date and the fingerprint of its JSON export on the cover', async () => {
    const { text } = await exportPdf('en', 'cover.pdf');
    const model = buildReport(sample.ctx, { lang: 'en' }, true);
    // The time in words of the report's language, in UTC: "2 March 2026 at 14:05 UTC".
    const [y, mo, d] = model.asOf.slice(0, 10).split('-').map(Number);
    const month = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ][mo! - 1];
    expect(text).toContain(`Register as it stood on ${d} ${month} ${y} at ${model.asOf.slice(11, 16)} UTC`);
    expect(text).toContain(`${model.fingerprint.slice(0, 32)} ${model.fingerprint.slice(32)}`);
    expect(text).toContain('Data protection officer');
  });

  it.each(['nl', 'fr', 'de'] as const)('uses the %s labels and vocabulary', async (lang) => {
    const { text } = await exportPdf(lang, `labels-${lang}.pdf`);
    const L = labelsFor(lang);
    for (const h of ['c_b', 'c_c', 'c_f', 'p_a'] as const) expect(text).toContain(L.heading[h]);
    expect(text).toContain(L.report.title);
    expect(text).toContain(L.legalBasis.contract);
    // Vocabulary terms come out in the report language, not in English.
    const en = buildReport(sample.ctx, { lang: 'en' }, false).activities.find((a) => a.dataCategories.length > 0)!;
    const local = buildReport(sample.ctx, { lang }, false).activities.find((a) => a.id === en.id)!;
    expect(local.dataCategories[0]).not.toBe(en.dataCategories[0]);
    expect(text).toContain(flat(local.dataCategories[0]!));
    // The register's date as the language writes it: day first, the month in words, in UTC.
    const { asOf } = buildReport(sample.ctx, { lang }, true);
    const day = String(Number(asOf.slice(8, 10)));
    const dated = { nl: `${day} `, fr: `${day} `, de: `${day}. ` }[lang];
    expect(text).toMatch(
      new RegExp(`${L.report.registerDate} ${dated}\\p{L}+ ${asOf.slice(0, 4)}.* ${asOf.slice(11, 16)} UTC`, 'u'),
    );
  });

  it('keeps accented text (é ë ç ß ü) in all four languages', async () => {
    const org = must(sample.ctx, 'createOrganisation', { kind: 'own', name: 'Façade Zoë Müller Straße Émile' });
    must(sample.ctx, 'createActivity', {
      organisationId: org.id,
      name: 'Gestion des congés — Kündigungsschutz für Geschäftsführer',
      status: 'active',
      purposes: [{ text: 'Coördinatie van de prijsuitreiking, ça va' }],
    });
    for (const lang of ['en', 'nl', 'fr', 'de'] as const) {
      const { text } = await exportPdf(lang, `accents-${lang}.pdf`);
      expect(text).toContain('Façade Zoë Müller Straße Émile');
      expect(text).toContain('Gestion des congés — Kündigungsschutz für Geschäftsführer');
      expect(text).toContain('Coördinatie van de prijsuitreiking, ça va');
    }
  });
});

describe('PDF report whose text runs over pages', () => {
  it('keeps every line of notes three pages long, numbers every page and passes qpdf --check', async () => {
    const org = must(sample.ctx, 'listOrganisations', {}).find((o) => o.kind === 'own')!;
    const lines = Array.from({ length: 160 }, (_, i) => `Note line ${i + 1} of the long notes`);
    must(sample.ctx, 'createActivity', {
      organisationId: org.id,
      name: 'Activity with long notes',
      status: 'active',
      notes: lines.join('\n'),
    });
    const { file, text, pages } = await exportPdf('en', 'long-notes.pdf');
    for (const line of lines) expect(text).toContain(`${line} `);
    for (let n = 2; n <= pages; n++) expect(text).toContain(`Page ${n} of ${pages}`);
    expect(pdfInfo(file)).toMatch(/^Tagged:\s+yes$/m);
    const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });
});
