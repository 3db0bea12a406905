// Exporting the sample register through the Export report… dialog, and reading each file back
// with the reader an auditor would use: pdftotext for the PDF, csv-parse, exceljs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ActivitySummary } from '../core/api/contract';
import { must } from '../core/dispatcher';
import { newRegister } from '../core/register';
import { fillSample } from '../core/sample/index';
import { ActivitiesList } from './pages/ActivitiesList';
import { AppShell } from './pages/AppShell';
import { ExportDialog } from './pages/ExportDialog';
import { appPerFile, screenshot, startApp } from './support/app';
import { ShellBridge } from './support/shellBridge';

/** As an English report names them (the UI, and so the report, is English; the sample is Dutch-primary). */
let activities: ActivitySummary[];
/** As the Activities table lists them: in the register's primary language. */
let listed: ActivitySummary[];

const app = appPerFile(
  (dir) => {
    const file = path.join(dir, 'sample.sqlite');
    const ctx = newRegister(file, { author: 'setup', name: 'Sample register' });
    fillSample(ctx);
    // Every sample activity is active; one draft makes the status filter show in the files.
    const [first] = must(ctx, 'listActivities', {});
    const draft = must(ctx, 'getActivity', { id: first!.id });
    must(ctx, 'updateActivity', { id: draft.id, version: draft.version, fields: { ...draft, status: 'draft' } });
    listed = must(ctx, 'listActivities', {});
    activities = listed.map((a) => {
      const english = must(ctx, 'getActivity', { id: a.id }).translations?.en?.name;
      return english ? { ...a, name: english } : a;
    });
    ctx.register.close();
    return file;
  },
  // A home folder without a Documents folder: the browser host offers the home folder itself.
  (file, dir) => startApp(file, 'E2E Tester', { homeDir: dir }),
);

/** A CSV file as an auditor's spreadsheet reads it: one record per row, keyed by the header. */
const readCsv = (file: string): Record<string, string>[] => parse(readFileSync(file), { columns: true, bom: true });

describe('Export report…', () => {
  it('offers a PDF in the home folder (no Documents folder there) and writes one that names the activities', async () => {
    const exporter = new ExportDialog(app.page);
    await exporter.open();
    expect(await exporter.path().inputValue()).toBe(path.join(app.dir, 'sample report.pdf'));
    await screenshot(app.page, 'export-dialog');
    const out = path.join(app.dir, 'register.pdf');
    await exporter.export(out);
    await exporter.done(out).waitFor();
    await exporter.dialog.waitFor({ state: 'hidden' });
    const pages = execFileSync('pdfinfo', [out], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)$/m)?.[1];
    expect(await exporter.done(out).textContent()).toContain(
      `${activities.length} activities on ${pages} pages, written to:`,
    );
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    for (const a of activities) expect(text.replace(/\s+/g, ' ')).toContain(a.name);
  });

  it('writes the active activities to CSV, with the recipients and organisations files beside it', async () => {
    const exporter = new ExportDialog(app.page);
    const out = path.join(app.dir, 'active.csv');
    await exporter.exportWith(['CSV', 'Active'], out);
    const rows = readCsv(out);
    const active = activities.filter((a) => a.status === 'active');
    expect(active).toHaveLength(activities.length - 1);
    expect(rows.map((r) => r['Activity']).sort()).toEqual(active.map((a) => a.name).sort());
    const beside = path.join(app.dir, 'active-recipients.csv');
    const organisations = path.join(app.dir, 'active-organisations.csv');
    const about = path.join(app.dir, 'active-about.csv');
    expect(await exporter.writtenFiles(out)).toEqual([out, beside, organisations, about]);
    expect(readCsv(beside).length).toBeGreaterThan(0);
    // Art. 30(1)(a): the controller's contact details and its DPO travel with the activities.
    expect(readCsv(organisations)[0]).toMatchObject({ Organisation: 'Belgian Mobile ID SA/NV' });
    expect(readCsv(organisations)[0]?.['Data protection officer']).toMatch(/@/);
    // The about file anchors the report: the history head it was made from.
    expect(readFileSync(about, 'utf8')).toMatch(/\d+:[0-9a-f]{64}/);
  });

  it('writes an XLSX workbook whose Activities sheet has a row per activity', async () => {
    const out = path.join(app.dir, 'register.xlsx');
    await new ExportDialog(app.page).exportWith(['XLSX', 'All'], out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Activities');
    expect(sheet?.actualRowCount).toBe(activities.length + 1);
  });

  it('exports only the activities the table shows under its search', async () => {
    const shell = new AppShell(app.page);
    await shell.goTo('Activities');
    const list = new ActivitiesList(app.page);
    await list.waitLoaded();
    const target = listed[0]!;
    await list.search(target.name);
    expect((await list.counts())[0]).toBe(1);
    const exporter = new ExportDialog(app.page);
    await exporter.open();
    await exporter.choose('CSV');
    expect(await exporter.onlyShown(1).isChecked()).toBe(true);
    const out = path.join(app.dir, 'searched.csv');
    await exporter.export(out);
    await exporter.done(out).waitFor();
    expect(readCsv(out).map((r) => r['Activity'])).toEqual([activities.find((a) => a.id === target.id)!.name]);
  });

  it('follows the Electron shell: File ▸ Export ▸ Excel preselects XLSX and the OS save dialog picks the file', async () => {
    const electron = await ShellBridge.open(app.context, app.web.url);
    try {
      await new AppShell(electron.page).fileName().waitFor();
      await electron.menu('export-xlsx');
      const exporter = new ExportDialog(electron.page);
      await exporter.dialog.waitFor();
      expect(await exporter.selected().first().textContent()).toBe('XLSX');
      expect(await exporter.path().count()).toBe(0);
      const out = path.join(app.dir, 'from electron.xlsx');
      await electron.answerSaveDialog(out);
      await exporter.dialog.getByRole('button', { name: 'Export to…' }).click();
      await exporter.done(out).waitFor();
      expect(await electron.savedDialogNames()).toEqual(['sample report.xlsx']);
      expect(statSync(out).size).toBeGreaterThan(0);
    } finally {
      await electron.page.close();
    }
  });

  it('says in one line why a file cannot be written and keeps every choice', async () => {
    const exporter = new ExportDialog(app.page);
    await exporter.open();
    await exporter.choose('XLSX');
    await exporter.language('Deutsch');
    const out = path.join(app.dir, 'no such folder', 'register.xlsx');
    await exporter.export(out);
    await exporter.pathError().waitFor();
    expect(await exporter.pathError().textContent()).toBe(`the folder ${path.dirname(out)} does not exist`);
    expect(existsSync(out)).toBe(false);
    expect(await exporter.selected().allTextContents()).toEqual(['XLSX', 'All']);
    expect(await exporter.path().inputValue()).toBe(out);
    await screenshot(app.page, 'export-dialog-error');
    await exporter.cancel();
  });

  it('shows why the export itself failed, in the dialog', async () => {
    const exporter = new ExportDialog(app.page);
    // A folder where the report should go: the worker can build the report but not write it there.
    const out = path.join(app.dir, 'taken.pdf');
    mkdirSync(out);
    await new AppShell(app.page).goTo('Overview');
    await exporter.openFromOverview();
    await exporter.choose('PDF');
    await exporter.export(out);
    await exporter.error().waitFor();
    expect(await exporter.error().textContent()).toContain(
      `The file ${out} could not be written or read: a folder has that name.`,
    );
    expect(await exporter.path().inputValue()).toBe(out);
    await screenshot(app.page, 'export-dialog-failed');
  });
});
