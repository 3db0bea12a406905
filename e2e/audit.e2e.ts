// What an auditor does in the app (issue 12): a register changed behind the app's back with the real
// sqlite3 shell opens with a banner listing the differences and stays read-only until its data is
// accepted; a report exported "as of" a day before a rename names the old name; Verify history
// checks an anchor quoted on a report; History ▸ Export changes… writes the changes of a period.
// Every file is read back with the reader an auditor would use (csv-parse, pdftotext).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RopaClient } from '../core/api/contract';
import { fieldLabel } from '../core/api/history-diff';
import { createContext } from '../core/context';
import { must } from '../core/dispatcher';
import { newRegister } from '../core/register';
import { fillSample } from '../core/sample/index';
import { Audit } from './pages/Audit';
import { ExportDialog } from './pages/ExportDialog';
import { photographFailure, screenshot, startApp, type RunningApp } from './support/app';
import { removeDir, sampleRegister, tempDir } from './support/registers';

/** The page's window.ropa, inside page.evaluate. */
declare const window: { ropa: RopaClient };

const readCsv = (file: string): Record<string, string>[] => parse(readFileSync(file), { columns: true, bom: true });
const sqlite3 = (file: string, sql: string): string =>
  execFileSync('/usr/bin/sqlite3', [file, sql], { encoding: 'utf8' }).trim();

describe('A register changed behind the app', () => {
  let dir: string;
  let app: RunningApp | undefined;
  beforeEach(() => photographFailure(() => app?.page));
  afterEach(async () => {
    await app?.close();
    app = undefined;
    removeDir(dir);
  });

  it('opens with a banner listing the differences, refuses changes, and is writable once the data is accepted', async () => {
    dir = tempDir();
    const file = sampleRegister(dir);
    const [id, name] = sqlite3(file, 'SELECT id, name FROM activities ORDER BY id LIMIT 1').split('|');
    const renamed = 'Renamed behind the app';
    sqlite3(file, `UPDATE activities SET name = '${renamed}' WHERE id = '${id}'; DELETE FROM activity_list;`);
    sqlite3(file, "UPDATE organisations SET dpo_email = 'someone@elsewhere.example'");
    const organisation = sqlite3(file, 'SELECT name FROM organisations');

    app = await startApp(file);
    const audit = new Audit(app.page);
    await audit.dataBanner().waitFor();
    expect(await audit.dataBanner().textContent()).toContain("This register's data is not what its history says");
    const rows = await audit.differences();
    expect(rows).toHaveLength(2);
    expect(rows).toContainEqual(['Activity', renamed, fieldLabel('activity', 'name', 'en'), renamed, name]);
    expect(rows).toContainEqual([
      'Organisation',
      organisation,
      fieldLabel('organisation', 'dpoEmail', 'en'),
      'someone@elsewhere.example',
      expect.stringMatching(/^[^@\s]+@[^@\s]+$/),
    ]);
    await audit.readOnlyBadge().waitFor();
    await screenshot(app.page, 'data-check-banner');

    // Changes are refused: the app offers none, and the host refuses one asked for directly.
    await app.page.getByRole('navigation').getByRole('link', { name: 'Activities' }).click();
    const newActivity = app.page.getByRole('main').getByRole('button', { name: 'New activity' });
    await newActivity.waitFor();
    expect(await newActivity.isDisabled()).toBe(true);
    const refused = await app.page.evaluate(async () => {
      const listed = await window.ropa.listOrganisations();
      if (!listed.ok) return listed;
      const [org] = listed.value;
      return window.ropa.updateOrganisation({ id: org!.id, version: org!.version, fields: { ...org!, notes: 'x' } });
    });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'read_only' } });

    await audit.acceptCurrentData();
    await app.page
      .locator('.mantine-Notification-root')
      .filter({ hasText: '2 differences were written to the history.' })
      .waitFor();
    await audit.readOnlyBadge().waitFor({ state: 'detached' });
    await newActivity.waitFor();
    expect(await newActivity.isEnabled()).toBe(true);
    const verified = await app.page.evaluate(() => window.ropa.verifyHistory({}));
    expect(verified).toMatchObject({ ok: true, value: { ok: true, differenceCount: 0, listLineCount: 0 } });
    // The acceptance is in the history, under the user's name.
    expect(sqlite3(file, "SELECT author FROM history WHERE entity = 'register' ORDER BY seq DESC LIMIT 1")).toBe(
      'E2E Tester',
    );
  });

  it('is released too when the data is accepted from the History page', async () => {
    dir = tempDir();
    const file = sampleRegister(dir);
    sqlite3(
      file,
      'DELETE FROM activity_recipients WHERE (activity_ref, recipient_ref) = (SELECT activity_ref, recipient_ref FROM activity_recipients LIMIT 1)',
    );
    app = await startApp(file);
    const audit = new Audit(app.page);
    await audit.dataBanner().waitFor();
    await audit.readOnlyBadge().waitFor();
    await audit.openHistory();
    await app.page.getByTestId('history-panel').getByRole('button', { name: 'Verify history' }).click();
    const result = app.page.getByTestId('history-verification');
    await result.getByTestId('data-difference').first().waitFor();
    await result.getByRole('button', { name: 'Accept the current data as a new starting point' }).click();
    await app.page.getByText('1 difference was written to the history.').waitFor();
    await audit.dataBanner().waitFor({ state: 'detached' });
    await audit.readOnlyBadge().waitFor({ state: 'detached' });
  });

  it('shows no banner for a register as its history says', async () => {
    dir = tempDir();
    app = await startApp(sampleRegister(dir));
    const checked = await app.page.evaluate(() => window.ropa.checkData());
    expect(checked).toMatchObject({ ok: true, value: { ok: true, differenceCount: 0 } });
    expect(await new Audit(app.page).dataBanner().count()).toBe(0);
  });
});

describe('Reports as of a day, anchors and the changes of a period', () => {
  let dir: string;
  let app: RunningApp;
  let oldName: string;
  const newName = 'Website visitors (renamed)';

  beforeAll(async () => {
    dir = tempDir();
    const file = path.join(dir, 'sample.sqlite');
    // Made on 10 January 2026; one activity renamed by alice on 1 February.
    const ctx = newRegister(file, { author: 'setup', name: 'Sample register', now: () => '2026-01-10T09:00:00.000Z' });
    fillSample(ctx);
    // The sample is Dutch-primary; English-primary here, so the English reports print the names renamed.
    must(ctx, 'setRegisterLanguages', { primary: 'en', further: ['nl'] });
    const alice = createContext(ctx.register, 'alice', () => '2026-02-01T09:00:00.000Z');
    const [first] = must(alice, 'listActivities', {});
    const activity = must(alice, 'getActivity', { id: first!.id });
    oldName = activity.name;
    must(alice, 'updateActivity', {
      id: activity.id,
      version: activity.version,
      fields: { ...activity, name: newName },
    });
    ctx.register.close();
    app = await startApp(file, 'E2E Tester', { homeDir: dir });
  });
  afterAll(async () => {
    await app?.close();
    removeDir(dir);
  });
  beforeEach(() => photographFailure(() => app?.page));

  it('exports a CSV as of a day before the rename, naming the old name, with that day’s history head', async () => {
    const exporter = new ExportDialog(app.page);
    await exporter.open();
    await exporter.choose('CSV');
    await exporter.asOf('2026-01-15');
    await screenshot(app.page, 'export-dialog-as-of');
    const out = path.join(dir, 'as-of.csv');
    await exporter.export(out);
    await exporter.done(out).waitFor();
    const names = readCsv(out).map((r) => r['Activity']);
    expect(names).toContain(oldName);
    expect(names).not.toContain(newName);
    const head = /(\d+):([0-9a-f]{64})/.exec(readFileSync(path.join(dir, 'as-of-about.csv'), 'utf8'));
    const today = await app.page.evaluate(() => window.ropa.verifyHistory({}));
    expect(today.ok && Number(head?.[1])).toBe(today.ok ? today.value.headSeq! - 1 : -1);

    // The same dialog without a date exports today's register.
    await exporter.open();
    await exporter.asOf('');
    const now = path.join(dir, 'now.csv');
    await exporter.export(now);
    await exporter.done(now).waitFor();
    expect(readCsv(now).map((r) => r['Activity'])).toContain(newName);
  });

  it('verifies the history against an anchor quoted on a report, and refuses one that is not in it', async () => {
    const about = readFileSync(path.join(dir, 'as-of-about.csv'), 'utf8');
    const anchor = /\d+:[0-9a-f]{64}/.exec(about)![0];
    const audit = new Audit(app.page);
    await audit.openHistory();
    const holds = await audit.verifyAnchor(anchor, 'holds');
    expect(await holds.textContent()).toMatch(
      /Anchor holds: entry \d+ is in the chain unchanged, with 1 later entries/,
    );
    const cut = await audit.verifyAnchor(`${anchor.split(':')[0]}:${'0'.repeat(64)}`, 'FAILED');
    expect(await cut.textContent()).toContain('no longer has this hash');
  });

  it('writes the changes since a day as CSV and PDF from the History page', async () => {
    const audit = new Audit(app.page);
    await audit.openHistory();
    const csv = path.join(dir, 'changes.csv');
    const done = await audit.exportChanges({ since: '2026-01-20', format: 'CSV', file: csv });
    expect(await done.textContent()).toContain('1 changed field, written to:');
    expect(readCsv(csv)).toEqual([
      expect.objectContaining({
        Record: 'Activity',
        Name: newName,
        Who: 'alice',
        Field: fieldLabel('activity', 'name', 'en'),
        Before: oldName,
        After: newName,
      }),
    ]);

    await audit.openChangesDialog();
    await screenshot(app.page, 'export-changes-dialog');
    await audit.changesDialog().getByRole('button', { name: 'Cancel' }).click();
    const pdf = path.join(dir, 'changes.pdf');
    await audit.exportChanges({
      since: '2026-01-20',
      until: '2026-02-28',
      format: 'PDF',
      language: 'Deutsch',
      file: pdf,
    });
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Änderungen am Verzeichnis');
    expect(text).toContain(`${oldName} → ${newName}`);
  });

  it('refuses a period that ends before it starts, in the dialog, with the choices kept', async () => {
    const audit = new Audit(app.page);
    await audit.openHistory();
    const dialog = await audit.openChangesDialog();
    await dialog.getByLabel('After the end of').fill('2026-02-10');
    await dialog.getByLabel('Up to the end of').fill('2026-02-01');
    await dialog.locator('label').filter({ hasText: /^CSV$/ }).click();
    await dialog.getByLabel('Save as').fill(path.join(dir, 'backwards.csv'));
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByText('before the start of the period').waitFor();
    await screenshot(app.page, 'export-changes-refused');
    // Nothing was written, and every choice is still there.
    expect(existsSync(path.join(dir, 'backwards.csv'))).toBe(false);
    expect(await dialog.getByLabel('After the end of').inputValue()).toBe('10/02/2026');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });
});
