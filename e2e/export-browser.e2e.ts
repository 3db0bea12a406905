// Exporting from the browser host, which has no Save dialog: the path starts in the user's
// Documents folder with the file name filled, an existing file is replaced only after the user
// says so, and the notification closes by itself without ever lying over a dialog's buttons.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportDialog } from './pages/ExportDialog';
import { appPerFile, screenshot, startApp } from './support/app';
import { sampleRegister } from './support/registers';

// A report takes seconds on a machine the other test files share; the wait is generous, not a measure.
const EXPORT_MS = 60_000;

let documents: string;
const app = appPerFile(sampleRegister, (file, dir) => {
  const home = path.join(dir, 'home');
  documents = path.join(home, 'Documents');
  mkdirSync(documents, { recursive: true });
  return startApp(file, 'E2E Tester', { homeDir: home });
});

describe('Export from the browser host', () => {
  it("starts in the user's Documents folder with the report's name filled in", async () => {
    const exporter = new ExportDialog(app.page);
    await exporter.open();
    expect(await exporter.path().inputValue()).toBe(path.join(documents, 'sample report.pdf'));
    await exporter.choose('XLSX');
    expect(await exporter.path().inputValue()).toBe(path.join(documents, 'sample report.xlsx'));
    await exporter.choose('PDF');
    await exporter.cancel();
  });

  it('asks before replacing an existing file, and replaces it only when told to', async () => {
    const out = path.join(documents, 'sample report.pdf');
    writeFileSync(out, 'an older report');
    const exporter = new ExportDialog(app.page);
    await exporter.open();
    await exporter.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await exporter.replaceQuestion('sample report.pdf').waitFor();
    expect(await exporter.replaceQuestion('sample report.pdf').textContent()).toContain(
      `A file named sample report.pdf already exists in ${documents}.`,
    );
    await screenshot(app.page, 'export-replace-question');

    await exporter.answerReplace('sample report.pdf', 'Cancel');
    expect(readFileSync(out, 'utf8')).toBe('an older report');
    expect(await exporter.dialog.isVisible()).toBe(true);
    expect(await exporter.path().inputValue()).toBe(out);

    await exporter.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await exporter.answerReplace('sample report.pdf', 'Replace');
    await exporter.done(out).waitFor({ timeout: EXPORT_MS });
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('Website management and cookies');
  });

  it('shows the notification where no dialog button lies under it, and closes it by itself', async () => {
    const out = path.join(documents, 'notified.csv');
    const exporter = new ExportDialog(app.page);
    await exporter.open();
    await exporter.choose('CSV');
    await exporter.export(out);
    await exporter.done(out).waitFor({ timeout: EXPORT_MS });
    // Open the dialog again while the notification still shows: every button stays reachable.
    await exporter.open();
    expect(await exporter.done(out).isVisible()).toBe(true);
    await screenshot(app.page, 'export-dialog-over-notification');
    expect(await exporter.coveredButtons()).toEqual([]);
    await exporter.cancel();
    await exporter.done(out).waitFor({ state: 'hidden', timeout: 30_000 });
  });
});
