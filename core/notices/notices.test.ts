// The privacy notice generated from the sample register, read back as a user would: the Dutch
// website notice against the statement it was made from (seed 001), the DOCX through its
// document.xml, the PDF through qpdf and pdftotext, the HTML for external resources.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { labelsFor } from '../api/labels';
import type { LegalBasis } from '../api/schemas';
import { must } from '../dispatcher';
import { tempDir, tempRegister } from '../test-helpers';
import { buildNotice, renderNotice, writeNotice, type NoticeDocument } from '.';
import type { Block } from './model';

const SEED = fs.readFileSync(new URL('../sample/seed-001-privacy-statement-nl.txt', import.meta.url), 'utf8');
const clean = (cell: string | undefined) => (cell ?? '').replace(/<\/?i>/g, '').trim();

/** The statement's numbered sections: heading line and the table rows under it (by column name). */
function seedSections(): { number: string; heading: string; rows: Record<string, string>[] }[] {
  const parts = SEED.split(/^(\d+(?:\.\d+)+)\.\s+(.*)$/m);
  const out = [];
  for (let i = 1; i < parts.length; i += 3) {
    const lines = parts[i + 2]!.split('\n').filter((l) => l.includes('\t'));
    const header = lines.findIndex((l) => l.includes('Rechtsgrondslag'));
    const names = header < 0 ? [] : lines[header]!.split('\t').map(clean);
    const rows =
      header < 0
        ? []
        : lines.slice(header + 1).map((l) => {
            const cells = l.split('\t').map(clean);
            return Object.fromEntries(names.map((n, j) => [n, cells[j] ?? '']));
          });
    out.push({ number: parts[i]!, heading: parts[i + 1]!.trim(), rows });
  }
  return out;
}

const BASIS: [RegExp, LegalBasis][] = [
  [/^Toestemming$/, 'consent'],
  [/precontractuele maatregelen|Uitvoering van een contract/, 'contract'],
  [/Gerechtigd belang/, 'legitimate_interests'],
  [/Wettelijke verplichting/, 'legal_obligation'],
];
const RECIPIENTS = [
  /ICT-infrastructuur/,
  /wervings- en selectieproces/,
  /ontwikkeling en het onderhoud van het portaal/,
  /context van (de )?het verzoek/,
];

/** Each level-3 heading of the notice with the table that follows it. */
function subsections(n: NoticeDocument): Map<string, Extract<Block, { type: 'table' }>> {
  const out = new Map<string, Extract<Block, { type: 'table' }>>();
  let heading = '';
  for (const b of n.blocks) {
    if (b.type === 'heading') heading = b.level === 3 ? b.text.replace(/^[\d.]+\s*/, '') : '';
    else if (b.type === 'table' && heading) out.set(heading, b);
  }
  return out;
}

const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

function dutchWebsite() {
  const ctx = tempRegister({ sample: true });
  const notice = buildNotice(ctx, { audience: 'website', lang: 'nl' });
  return { ctx, notice, tables: subsections(notice) };
}

describe('the Dutch website privacy notice of the sample register', () => {
  const seed = seedSections().filter((s) => s.number.startsWith('2.') && (s.rows.length > 0 || s.number === '2.1'));

  it('has a section per activity of the statement, under the statement’s headings', () => {
    const { tables } = dutchWebsite();
    expect(seed.map((s) => s.number)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6.1', '2.6.2', '2.7']);
    const headings = [...tables.keys()];
    expect(headings).toHaveLength(seed.length);
    seed.forEach((s, i) => {
      const ours = headings[i]!.toLowerCase();
      const theirs = s.heading.toLowerCase();
      expect(
        theirs.includes(ours.replace(/^ondersteuning: /, '')) || ours.includes(theirs),
        `${s.number} ${s.heading} / ${ours}`,
      ).toBe(true);
    });
  });

  it('holds the statement’s table rows: purpose, legal basis, retention and recipients', () => {
    const { tables } = dutchWebsite();
    const nl = labelsFor('nl');
    seed
      .filter((s) => s.rows.length > 0)
      .forEach((s) => {
        const table = [...tables.values()][seed.indexOf(s)]!;
        expect(table.columns).toEqual([
          'Categorie persoonsgegevens',
          'Doelstelling',
          'Bron van gegevens',
          'Rechtsgrondslag',
          'Bewaartermijn',
          'Derden met wie gegevens worden gedeeld',
        ]);
        const col = (name: RegExp) => table.rows.map((r) => r[table.columns.findIndex((c) => name.test(c))]!);
        const purposes = col(/Doelstelling/);
        for (const row of s.rows) {
          if (row.Doelstelling) expect(purposes, s.number).toContain(row.Doelstelling);
          const basis = BASIS.find(([re]) => re.test(row.Rechtsgrondslag ?? ''))?.[1];
          if (basis) expect(col(/Rechtsgrondslag/).join(' | '), s.number).toContain(nl.legalBasis[basis]);
          const retention = row.Bewaartermijn ?? row['Bewaar termijn'] ?? '';
          const lead = retention.match(/^\d+ (jaar|maanden)/)?.[0] ?? retention.split('.')[0]!;
          if (lead) expect(col(/Bewaartermijn/).join(' | '), s.number).toContain(lead);
        }
        const seedRecipients = RECIPIENTS.filter((re) =>
          s.rows.some((r) => re.test(r['Derden met wie gegevens worden gedeeld'] ?? '')),
        );
        const ours = col(/Derden/).join(' | ');
        expect(
          RECIPIENTS.filter((re) => re.test(ours)),
          s.number,
        ).toEqual(seedRecipients);
        // The data: the statement's first category is ours too ("E-mailadres", "Identificatiegegevens").
        const firstData = col(/Categorie/)[0]!
          .split('; ')[0]!
          .toLowerCase();
        expect(s.rows[0]!['Categorie persoonsgegevens']!.toLowerCase(), s.number).toContain(firstData);
      });
  });

  it('says who we are, the rights with the one-month answer, the DPO, the Belgian authority, date and history head', () => {
    const { ctx, notice } = dutchWebsite();
    const text = notice.blocks
      .map((b) => (b.type === 'list' ? b.items.join('\n') : b.type === 'table' ? '' : b.text))
      .join('\n');
    expect(text).toContain('Belgian Mobile ID SA/NV');
    expect(text).toContain('Markiesstraat 1, 1000 Brussel');
    expect(text).toContain('Ondernemingsnummer: 0541.659.084');
    expect(text).toMatch(/binnen 1 maand na ontvangst van uw verzoek antwoorden \(artikel 12, lid 3, AVG\)/);
    expect(text).toContain('E-mail: privacy@itsme-id.com');
    expect(text).toContain('Gegevensbeschermingsautoriteit');
    expect(text).toContain('Drukpersstraat 35, 1000 Brussel');
    const head = must(ctx, 'listHistory', { limit: 1 })[0]!;
    expect(notice.head?.seq).toBe(head.seq);
    expect(text).toContain(`versie ${head.seq} (historiekregel ${head.seq}, hash ${head.hash.slice(0, 12)})`);
    expect(notice.date).toBe(head.at);
    expect(text).toContain(`bijgewerkt op ${head.at.slice(0, 10)}`);
  });

  it('marks texts shown in English for want of a French translation, as the reports do', () => {
    const { ctx } = dutchWebsite();
    const fr = buildNotice(ctx, { audience: 'website', lang: 'fr' });
    const h3 = fr.blocks.filter((b) => b.type === 'heading' && b.level === 3).map((b) => (b as { text: string }).text);
    // The sample is Dutch with English beside it: French is not one of its languages, so no mark…
    expect(h3.join('|')).toContain('Nieuwsbrief');
    // …while a register with French as a further language marks the missing French texts.
    ctx.register.sqlite
      .prepare(
        'INSERT INTO register_meta (key, value) VALUES (\'languages\', \'["en","fr"]\') ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      )
      .run();
    const marked = buildNotice(ctx, { audience: 'website', lang: 'fr' });
    const h3m = marked.blocks
      .filter((b) => b.type === 'heading' && b.level === 3)
      .map((b) => (b as { text: string }).text);
    expect(h3m).toContain('2.2. Nieuwsbrief [NL]');
    expect(
      marked.blocks.some(
        (b) => b.type === 'paragraph' && b.text.includes('[NL]') && /langue principale|primary/.test(b.text),
      ),
    ).toBe(true);
  });
});

describe('audiences', () => {
  it('the applicants’ notice describes recruitment only; an audience with nothing published says so', () => {
    const ctx = tempRegister({ sample: true });
    const applicants = subsections(buildNotice(ctx, { audience: 'applicants', lang: 'en' }));
    expect([...applicants.keys()]).toEqual(['Recruitment']);
    const employees = buildNotice(ctx, { audience: 'employees', lang: 'de' });
    expect(employees.activities).toBe(0);
    expect(
      employees.blocks.some((b) => b.type === 'paragraph' && /derzeit keine Verarbeitungstätigkeit/.test(b.text)),
    ).toBe(true);
  });
});

describe('the notice files', () => {
  const files = () => {
    const c = tempRegister({ sample: true });
    const dir = tempDir();
    const write = (format: 'html' | 'md' | 'docx' | 'pdf', name = `notice.${format}`) =>
      writeNotice(c, { format, lang: 'nl', audience: 'website', path: path.join(dir, name) });
    return { ctx: c, dir, write };
  };

  it('HTML: standalone, lang set, header cells, print CSS, escaped, the same bytes twice', async () => {
    const { dir, write } = files();
    await write('html');
    await write('html', 'again.html');
    const html = fs.readFileSync(path.join(dir, 'notice.html'), 'utf8');
    expect(fs.readFileSync(path.join(dir, 'again.html'))).toEqual(fs.readFileSync(path.join(dir, 'notice.html')));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html).toContain('<th scope="col">Doelstelling</th>');
    expect(html).toContain('@media print');
    // Nothing is loaded from anywhere: no src, no link, no script, no url(); addresses are plain text.
    expect(html).not.toMatch(/\s(src|href)\s*=/i);
    expect(html).not.toMatch(/<(script|link|img|iframe|object)\b/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain('White papers &#38; leads');
  });

  it('HTML escapes what the register says', async () => {
    const { ctx } = files();
    const own = must(ctx, 'listOrganisations', {})[0]!;
    const { id, version, createdAt: _a, createdBy: _b, updatedAt: _c, updatedBy: _d, ...fields } = own;
    const c2 = tempRegister({ sample: true });
    const o2 = must(c2, 'listOrganisations', {})[0]!;
    must(c2, 'updateOrganisation', {
      id: o2.id,
      version: o2.version,
      fields: { ...fields, name: '<img src=x onerror=alert(1)>' },
    });
    const html = (await renderNotice(buildNotice(c2, { lang: 'en' }), 'html')).toString('utf8');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x');
    expect(id && version).toBeTruthy();
  });

  it('DOCX: Word headings and real tables, the same bytes twice', async () => {
    const { ctx, dir, write } = files();
    await write('docx');
    await write('docx', 'again.docx');
    const bytes = fs.readFileSync(path.join(dir, 'notice.docx'));
    expect(fs.readFileSync(path.join(dir, 'again.docx'))).toEqual(bytes);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    // One level-3 heading per activity, and the data protection officer's.
    expect((xml.match(/<w:pStyle w:val="Heading3"\/>/g) ?? []).length).toBe(9);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(8);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('Aanwervingen');
    expect(xml).toContain('Tot de intrekking van de toestemming');
    const core = await zip.file('docProps/core.xml')!.async('string');
    const head = must(ctx, 'listHistory', { limit: 1 })[0]!;
    expect(core).toContain(head.at.replace(/\.\d{3}Z$/, 'Z'));
  });

  it('PDF: qpdf finds no fault, pdftotext reads the headings and rows, tagged, the same bytes twice', async () => {
    const { dir, write } = files();
    await write('pdf');
    await write('pdf', 'again.pdf');
    const file = path.join(dir, 'notice.pdf');
    expect(fs.readFileSync(path.join(dir, 'again.pdf'))).toEqual(fs.readFileSync(file));
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(
      /No syntax or stream encoding errors/,
    );
    const text = pdfText(file);
    for (const h of [
      'Privacyverklaring — Websitebezoekers',
      '1. Wie zijn wij?',
      '2.2. Nieuwsbrief',
      '2.3. Aanwervingen',
      'Gegevensbeschermingsautoriteit',
    ])
      expect(text).toContain(h);
    // Short cells (pdftotext reads long ones column by column).
    for (const c of ['E-mailadres', 'Retargeting', 'Toestemming (Art. 6(1)(a))', '1 jaar']) expect(text).toContain(c);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
    const raw = fs.readFileSync(file).toString('latin1');
    expect(raw).toMatch(/\/Lang \(nl\)/);
    expect(raw).toMatch(/\/S \/TH/);
    expect(raw).toMatch(/\/S \/H3/);
  });

  it('Markdown: headings and tables', async () => {
    const { dir, write } = files();
    await write('md');
    const md = fs.readFileSync(path.join(dir, 'notice.md'), 'utf8');
    expect(md).toMatch(/^# Privacyverklaring — Websitebezoekers$/m);
    expect(md).toMatch(/^### 2\.2\. Nieuwsbrief$/m);
    expect(md).toContain('| Categorie persoonsgegevens | Doelstelling |');
    expect(md).toContain('| E-mailadres | U op de hoogte te houden');
  });

  it('refuses to replace a file unless asked, and writes nothing for a bad request', async () => {
    const { ctx, dir, write } = files();
    await write('md', 'exists.md');
    await expect(write('md', 'exists.md')).rejects.toThrow(/already exists/);
    await expect(writeNotice(ctx, { format: 'md', path: path.join(dir, 'wrong.pdf') })).rejects.toThrow(
      /must end in \.md/,
    );
    expect(fs.existsSync(path.join(dir, 'wrong.pdf'))).toBe(false);
  });
});
