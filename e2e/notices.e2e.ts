// The Notices page as a privacy officer uses it: the sample's website notice previewed in the
// chosen language, an audience with nothing published said so, and the notice on screen exported
// to a file that holds what the preview showed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { NoticesPage } from './pages/Notices';
import { appPerFile, screenshot, startApp } from './support/app';
import { sampleRegister } from './support/registers';

const EXPORT_MS = 60_000;

let documents: string;
const app = appPerFile(sampleRegister, (file, dir) => {
  documents = path.join(dir, 'home', 'Documents');
  mkdirSync(documents, { recursive: true });
  return startApp(file, 'E2E Tester', { homeDir: path.join(dir, 'home') });
});

describe('Notices page', () => {
  it("previews the website's privacy notice, in the language chosen", async () => {
    await new AppShell(app.page).goTo('Notices');
    const notices = new NoticesPage(app.page);
    const preview = notices.preview();
    await preview.getByRole('heading', { name: 'Privacy notice — Website visitors' }).waitFor();
    await expect(preview.getByRole('heading', { name: /Newsletter/ }).count()).resolves.toBe(1);
    await expect(app.page.getByText('Describes 8 activities published to this audience.').isVisible()).resolves.toBe(
      true,
    );
    // Sandboxed: no script of the notice could run, nor reach the app.
    await expect(notices.previewFrame().getAttribute('sandbox')).resolves.toBe('');

    await notices.language('Nederlands');
    await preview.getByRole('heading', { name: 'Privacyverklaring — Websitebezoekers' }).waitFor();
    await expect(preview.getByRole('heading', { name: /Nieuwsbrief/ }).count()).resolves.toBe(1);
    await expect(preview.getByRole('heading', { name: /Gegevensbeschermingsautoriteit|klacht/ }).count()).resolves.toBe(
      1,
    );
    await screenshot(app.page, 'notices-page-nl');
  });

  it('says so when no activity is published to the audience chosen', async () => {
    const notices = new NoticesPage(app.page);
    await notices.language('English');
    await notices.audience('Employees');
    await notices.preview().getByRole('heading', { name: 'Privacy notice — Employees' }).waitFor();
    await app.page.getByText(/No activity is published to this audience/).waitFor();
    await notices.audience('Website visitors');
  });

  it('offers no audience for the cookie policy, which lists the website’s cookies for everyone', async () => {
    const notices = new NoticesPage(app.page);
    await notices.language('English');
    await notices.kind('Cookie policy');
    await notices
      .preview()
      .getByRole('heading', { name: /Cookie policy/ })
      .first()
      .waitFor();
    await notices.audienceField().waitFor({ state: 'detached' });
    await expect(app.page.getByText(/published to this audience/).count()).resolves.toBe(0);
    await notices.kind('Privacy notice');
    await notices.audienceField().waitFor();
  });

  it('exports the notice on screen: a DOCX with its headings, a PDF with its text', async () => {
    const notices = new NoticesPage(app.page);
    await notices.language('Nederlands');
    const docx = path.join(documents, 'privacy-nl.docx');
    await notices.exportTo('DOCX', docx);
    await notices.written(docx).waitFor({ timeout: EXPORT_MS });
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Nieuwsbrief');
    expect(xml).toContain('Privacyverklaring');

    const pdf = path.join(documents, 'privacy-nl.pdf');
    await notices.exportTo('PDF', pdf);
    await notices.written(pdf).waitFor({ timeout: EXPORT_MS });
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Aanwervingen');
    expect(text).toContain('Drukpersstraat 35');
  });
});
