// The HTML rendering the benchmark prints with Chromium: every value is text, never markup.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../context';
import { payloadRegister } from './fixtures';
import { reportHtml } from './html';
import { buildReport } from './model';

let dir: string;
let ctx: CoreContext;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-html-'));
  ctx = payloadRegister(dir);
});
afterAll(() => {
  ctx.register.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('reportHtml', () => {
  it('escapes markup in register text and names the document language', () => {
    const html = reportHtml(buildReport(ctx, { lang: 'fr' }, true));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<thead>');
  });
});
