// Two privacy officers on one register file: the app shows who else has it open, offers the lock
// choice, shows the colleague's saves without losing unsaved input, and lists and verifies the
// history. The colleague is a second connection with its own lock, as another computer would be.
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeBackup, type BackupInfo } from '../core/backup';
import type { Organisation } from '../core/api/contract';
import { must } from '../core/dispatcher';
import { openLocked, type LockedSession } from '../core/lock';
import { openSession } from '../core/register';
import { ActivityEditor } from './pages/ActivityEditor';
import { Sharing } from './pages/Sharing';
import { photographFailure, screenshot, startApp, type RunningApp } from './support/app';
import { emptyRegister, removeDir, tempDir } from './support/registers';

let dir: string;
let file: string;
let app: RunningApp;
let bob: LockedSession;
let activityId: string;

beforeAll(async () => {
  dir = tempDir();
  file = emptyRegister(dir);
  const ctx = openSession(file, 'setup');
  const org = must(ctx, 'createOrganisation', { name: 'Acme NV' });
  activityId = must(ctx, 'createActivity', {
    organisationId: org.id,
    name: 'Customer support',
    department: 'Support',
  }).id;
  ctx.register.close();
  app = await startApp(file, 'alice');
  bob = openLocked(file, 'bob', { force: true });
});
afterAll(async () => {
  bob?.close();
  await app?.close();
  removeDir(dir);
});

describe('Restore from backup', () => {
  beforeEach(() => photographFailure(() => restoring?.page));
  let restoring: RunningApp | undefined;
  afterAll(async () => restoring?.close());

  /** The app on `register` with backups in `backupsDir`, once the checks after opening made the open backup. */
  async function openWithBackups(register: string, backupsDir: string): Promise<RunningApp> {
    await restoring?.close();
    restoring = await startApp(register, 'alice', { backupsDir });
    const host = restoring.web.host;
    await expect.poll(() => host.handle('getOpenCheck', {})).toMatchObject({ ok: true, value: { state: 'done' } });
    return restoring;
  }

  it('puts back the backup made when the register was opened, keeping the current file as a backup', async () => {
    const own = tempDir();
    const register = emptyRegister(own, 'restore.sqlite');
    const ctx = openSession(register, 'setup');
    must(ctx, 'createOrganisation', { name: 'Acme NV' });
    ctx.register.close();
    // The open backup is made by the checks that run after opening, beside the first screen: the
    // mistake comes after them, as it would after a first look at the register.
    const app = await openWithBackups(register, path.join(own, 'backups'));
    const host = app.web.host;
    expect(host.handle('createOrganisation', { name: 'Mistake BV' }).ok).toBe(true);

    await new Sharing(app.page).restoreNewestBackup();
    await app.page.getByText(/^The backup of .* was restored\.$/).waitFor();
    const names = host.handle('listOrganisations', {});
    expect(names.ok && (names.value as Organisation[]).map((o) => o.name)).toEqual(['Acme NV']);
    const backups = host.handle('listBackups', {});
    expect(backups.ok && (backups.value as BackupInfo[]).map((b) => b.reason).sort()).toEqual([
      'before-restore',
      'open',
    ]);
  });

  it('lists the backups as they are when the dialog opens, the daily one made meanwhile included', async () => {
    const own = tempDir();
    const register = emptyRegister(own, 'daily.sqlite');
    const backups = { dir: path.join(own, 'backups') };
    const app = await openWithBackups(register, backups.dir);
    const sharing = new Sharing(app.page);
    const dialog = await sharing.openBackups();
    await expect.poll(() => dialog.getByRole('row').allTextContents()).toEqual([expect.stringContaining('open')]);
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The app's daily backup, made by its timer while the dialog is closed: no change to the register.
    const ctx = openSession(register, 'alice', { readOnly: true });
    makeBackup(ctx, backups, 'daily', new Date(Date.now() + 1_000));
    ctx.register.close();
    await sharing.openBackups();
    await expect
      .poll(() => dialog.getByRole('row').allTextContents())
      .toEqual([expect.stringContaining('daily'), expect.stringContaining('open')]);
  });
});

describe('a register open on two computers', () => {
  beforeEach(() => photographFailure(() => app?.page));

  it('shows who else has it open', async () => {
    const sharing = new Sharing(app.page);
    await sharing.presenceBanner().waitFor();
    expect(await sharing.presenceBanner().textContent()).toMatch(
      new RegExp(`^Also open by bob on ${os.hostname()} since \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d\\d:\\d\\d \\S+$`),
    );
  });

  it("shows a colleague's save in the open editor's history, keeps my unsaved input, and my save then shows both versions", async () => {
    const page = app.page;
    await page.goto(`${app.web.origin}/#/activities/${activityId}`);
    const editor = new ActivityEditor(page);
    await editor.waitLoaded();
    await editor.field('Department').fill('Customer care');

    const current = must(bob.ctx, 'getActivity', { id: activityId });
    must(bob.ctx, 'updateActivity', {
      id: activityId,
      version: current.version,
      fields: { ...current, owner: 'Bob Bakker' },
    });
    const history = new Sharing(page).historyTable(editor.section('History of this activity'));
    await history.getByRole('row').filter({ hasText: 'bob' }).waitFor();
    expect(await history.getByRole('row').filter({ hasText: 'bob' }).textContent()).toContain('Bob Bakker');
    expect(await editor.field('Department').inputValue()).toBe('Customer care');

    await editor.save();
    const dialog = editor.conflictDialog();
    await dialog.waitFor();
    await screenshot(page, 'sharing-conflict-after-poll');
    // Field by field: Bob's owner (I left it alone, so "Theirs" is preselected) and my department.
    const owner = dialog.getByRole('row', { name: /Owner/ });
    expect(await owner.textContent()).toContain('Bob Bakker');
    await dialog.getByRole('button', { name: 'Save my choices' }).click();
    await editor.waitSavedVersion(current.version + 2);
    expect(must(bob.ctx, 'getActivity', { id: activityId })).toMatchObject({
      owner: 'Bob Bakker',
      department: 'Customer care',
      name: 'Customer support',
    });
    // My own save appears in the activity's history too (pollChanges reports only others' saves).
    await history.getByRole('row').filter({ hasText: 'alice' }).waitFor();
  });

  it("lists a colleague's new activity without a reload", async () => {
    const page = app.page;
    await page.goto(`${app.web.origin}/#/activities`);
    const [org] = must(bob.ctx, 'listOrganisations', {});
    must(bob.ctx, 'createActivity', { organisationId: org!.id, name: 'Payroll by Bob' });
    await page.getByText('Payroll by Bob').waitFor();
  });

  it('lists the history of the whole register, filters by author, and verifies the chain', async () => {
    const sharing = new Sharing(app.page);
    await sharing.openHistoryPage();
    const rows = sharing.historyTable().getByRole('row');
    await rows.filter({ hasText: 'setup' }).first().waitFor();
    await sharing.filterByAuthor('bob');
    await rows.filter({ hasText: 'setup' }).first().waitFor({ state: 'detached' });
    // The header row and Bob's two changes.
    expect(await rows.count()).toBe(3);
    const result = await sharing.verify();
    expect(await result.textContent()).toMatch(
      /^The file is sound and the history chain of \d+ entries is intact\. Head hash: [0-9a-f]{64}$/,
    );
    await screenshot(app.page, 'sharing-history');
  });

  it('offers read-only, open anyway or cancel when opening a register someone else is editing', async () => {
    const other = emptyRegister(dir, 'held.sqlite');
    const carol = openLocked(other, 'carol');
    try {
      const sharing = new Sharing(app.page);
      await sharing.tryToOpen(other);
      const choice = sharing.lockChoice();
      await choice.waitFor();
      expect(await choice.textContent()).toContain(`carol on ${os.hostname()}, since`);
      await screenshot(app.page, 'sharing-lock-choice');
      await choice.getByRole('button', { name: 'Open read-only' }).click();
      await choice.waitFor({ state: 'hidden' });
      await app.page.getByText('Read-only', { exact: true }).waitFor();
      expect(app.web.host.session()).toMatchObject({ path: path.resolve(other), readOnly: true });
    } finally {
      carol.close();
    }
  });
});
