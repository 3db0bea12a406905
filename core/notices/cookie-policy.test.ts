// The cookie policy generated from the sample register, read back as a user would: all 17 cookies
// of seed 000 under their categories in the HTML, the DOCX's document.xml and the PDF's text
// (pdftotext, with qpdf --check clean), the same bytes twice, the history head stated.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { must } from '../dispatcher';
import { SAMPLE_COOKIES } from '../sample/cookies';
import { tempDir, tempRegister } from '../test-helpers';
import { buildNotice, previewNotice, writeNotice } from '.';

const CATEGORY_EN: Record<string, string> = {
  strictly_necessary: 'Strictly necessary',
  preferences: 'Preferences',
  functional: 'Functional',
};

/** The cookie names of the text between one category heading and the next section. */
function namesUnder(text: string, heading: string, next: string): string[] {
  const start = text.indexOf(heading);
  const end = text.indexOf(next, start + heading.length);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  // Whole words only: "plyr" is also the end of "cache-sprite-plyr".
  const words = new Set(text.slice(start, end < 0 ? undefined : end).split(/[\s(),|]+/));
  return [...new Set(SAMPLE_COOKIES.filter((c) => words.has(c.name)).map((c) => c.name))];
}

const expected = (code: string) => [...new Set(SAMPLE_COOKIES.filter((c) => c.category === code).map((c) => c.name))];

describe('the cookie policy', () => {
  it('lists every cookie of the sample under its category, with provider, purpose and expiry', () => {
    const ctx = tempRegister({ sample: true });
    const doc = buildNotice(ctx, { kind: 'cookies', lang: 'en' });
    expect(doc.kind).toBe('cookies');
    const headings = doc.blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    expect(headings).toEqual([
      'Cookie policy',
      '1. What are cookies?',
      '2. The categories of cookies we use',
      '3. The cookies we use',
      '3.1. Strictly necessary',
      '3.2. Preferences',
      '3.3. Functional',
      '4. Giving and withdrawing your consent',
      '5. Questions',
      '6. Date and version',
    ]);
    const tables = doc.blocks.filter((b) => b.type === 'table');
    expect(tables.map((t) => t.rows.length)).toEqual([12, 1, 4]);
    expect(tables[0]!.columns).toEqual(['Cookie', 'Provider', 'Purpose', 'Expiry']);
    const bm = tables[0]!.rows.find((r) => r[0]!.startsWith('__cf_bm'))!;
    expect(bm).toEqual([
      '__cf_bm (cloudflare.com)',
      'Cloudflare',
      expect.stringMatching(/^This cookie is used/),
      '1 hour',
    ]);
    expect(tables[2]!.rows.find((r) => r[0]!.startsWith('__zlcstore'))![3]).toBe('Persistent (until deleted)');
    const head = must(ctx, 'verifyHistory', {});
    expect(doc.blocks.at(-1)).toEqual({
      type: 'paragraph',
      text: `Version: register history entry ${head.headSeq} (${head.headHash!.slice(0, 12)}).`,
    });
  });

  it('in Dutch: the categories’ Dutch labels and the Dutch purposes', () => {
    const ctx = tempRegister({ sample: true });
    const doc = buildNotice(ctx, { kind: 'cookies', lang: 'nl' });
    const headings = doc.blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    expect(headings).toContain('3.1. Strikt noodzakelijk');
    expect(headings).toContain('3.3. Functioneel');
    const rows = doc.blocks.filter((b) => b.type === 'table').flatMap((t) => t.rows);
    expect(rows.find((r) => r[0] === 'plyr (www.itsme-id.com)')).toEqual([
      'plyr (www.itsme-id.com)',
      'Wijzelf',
      'Nodig om video-inhoud op de website te tonen.',
      'Sessie',
    ]);
  });

  it('HTML, DOCX and PDF hold all 17 cookies under their categories; the same bytes twice', async () => {
    const ctx = tempRegister({ sample: true });
    const dir = tempDir();
    const write = (format: 'html' | 'docx' | 'pdf' | 'md', name = `cookies.${format}`) =>
      writeNotice(ctx, { kind: 'cookies', format, lang: 'en', path: path.join(dir, name) });
    for (const f of ['html', 'docx', 'pdf', 'md'] as const) {
      await write(f);
      await write(f, `again.${f}`);
      expect(fs.readFileSync(path.join(dir, `again.${f}`)), f).toEqual(fs.readFileSync(path.join(dir, `cookies.${f}`)));
    }
    const html = fs.readFileSync(path.join(dir, 'cookies.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).not.toMatch(/<(script|link|img|iframe|object)\b/i);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'cookies.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    const docxText = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    expect(xml).toContain('<w:tbl>');
    const pdf = path.join(dir, 'cookies.pdf');
    execFileSync('qpdf', ['--check', pdf]);
    const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });

    for (const [name, text] of [
      ['html', html.replace(/<[^>]+>/g, ' ')],
      ['docx', docxText],
      ['pdf', pdfText],
    ] as const) {
      const sections = ['strictly_necessary', 'preferences', 'functional'];
      sections.forEach((code, i) => {
        const heading = `3.${i + 1}. ${CATEGORY_EN[code]}`;
        const next = i + 1 < sections.length ? `3.${i + 2}. ` : '4. Giving';
        expect(namesUnder(text, heading, next), `${name}: ${code}`).toEqual(expected(code));
      });
      expect(
        SAMPLE_COOKIES.every((c) => text.includes(c.name)),
        name,
      ).toBe(true);
    }
  });

  it('previewNotice takes the kind', () => {
    const ctx = tempRegister({ sample: true });
    const preview = must(ctx, 'previewNotice', { kind: 'cookies', lang: 'fr' });
    expect(preview.html).toContain('<title>Politique en matière de cookies');
    expect(previewNotice(ctx, { kind: 'privacy' }).html).not.toContain('__cf_bm');
  });
});
