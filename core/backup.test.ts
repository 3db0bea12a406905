// Rolling backups, Save a Copy and Restore on real files, through the RegisterHost and the contract.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFolder, backupIfChanged, DAY_MS, listBackups, type BackupInfo } from './backup';
import type { Outcome } from './api/contract';
import { must } from './dispatcher';
import { RegisterHost, type SessionInfo } from './host';
import { openLocked, readLocks } from './lock';
import { startChild, type Child } from './processes/spawn';
import { newRegister } from './register';
import { closeAfterTest, leftovers, tempDir } from './test-helpers';
import { verifyFile } from './verify';

const children: Child[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) {
    c.proc.kill('SIGKILL');
    await c.exited;
  }
});

function setup(keep?: number) {
  const dir = tempDir();
  const file = path.join(dir, 'register.sqlite');
  const created = newRegister(file, { author: 'setup' });
  must(created, 'createOrganisation', { name: 'Itsme NV', country: 'BE' });
  created.register.close();
  const backups = { dir: path.join(dir, 'user-data', 'backups'), ...(keep ? { keep } : {}) };
  const host = new RegisterHost({ author: 'alice', backups });
  closeAfterTest(() => host.close());
  return { file, host, backups };
}

function value<T>(out: Outcome<unknown>): T {
  if (!out.ok) throw new Error(`${out.error.kind}: ${out.error.message}`);
  return out.value as T;
}

const organisationNames = (file: string): string[] => {
  const s = openLocked(file, 'reader', { readOnly: true });
  try {
    return must(s.ctx, 'listOrganisations', {}).map((o) => o.name);
  } finally {
    s.close();
  }
};

function addOrganisation(host: RegisterHost, name: string): void {
  value(host.handle('createOrganisation', { name, country: 'BE' }));
}

describe('rolling backups', () => {
  it('backs up a register when it is opened, into its own folder under the backups folder', () => {
    const { file, host, backups } = setup();
    value<SessionInfo>(host.handle('openRegister', { path: file }));
    const [first, ...more] = value<BackupInfo[]>(host.handle('listBackups', {}));
    expect(more).toEqual([]);
    expect(first).toMatchObject({ reason: 'open', path: path.join(backupFolder(backups, file), first!.name) });
    expect(path.dirname(first!.path).startsWith(backups.dir)).toBe(true);
    expect(verifyFile(first!.path)).toMatchObject({ ok: true });
    expect(organisationNames(first!.path)).toEqual(['Itsme NV']);
  });

  it('makes no new backup when an unchanged register is opened again; a changed one gets one', () => {
    const { file, host } = setup();
    host.handle('openRegister', { path: file });
    host.handle('closeRegister', {});
    host.handle('openRegister', { path: file });
    expect(value<BackupInfo[]>(host.handle('listBackups', {}))).toHaveLength(1);
    addOrganisation(host, 'Processor BV');
    host.handle('closeRegister', {});
    host.handle('openRegister', { path: file });
    const list = value<BackupInfo[]>(host.handle('listBackups', {}));
    expect(list).toHaveLength(2);
    expect(organisationNames(list[0]!.path).sort()).toEqual(['Itsme NV', 'Processor BV']);
  });

  it('keeps only the newest N', () => {
    const { file, host } = setup(3);
    for (let i = 0; i < 5; i++) {
      host.handle('openRegister', { path: file });
      addOrganisation(host, `Organisation ${i}`);
      host.handle('closeRegister', {});
    }
    host.handle('openRegister', { path: file });
    const list = value<BackupInfo[]>(host.handle('listBackups', {}));
    expect(list).toHaveLength(3);
    // The newest holds all five; the oldest kept is the one opened after the second change.
    expect(organisationNames(list[0]!.path)).toHaveLength(6);
    expect(organisationNames(list[2]!.path)).toHaveLength(4);
  });

  it('makes the daily backup only after a day, and only of a changed register', () => {
    const { file, backups } = setup();
    const s = openLocked(file, 'alice');
    closeAfterTest(s.close);
    const start = new Date();
    expect(backupIfChanged(s.ctx, backups, 'open', 0, start)).not.toBeNull();
    must(s.ctx, 'createOrganisation', { name: 'Later BV', country: 'BE' });
    expect(backupIfChanged(s.ctx, backups, 'daily', DAY_MS, new Date(start.getTime() + DAY_MS - 60_000))).toBeNull();
    const daily = backupIfChanged(s.ctx, backups, 'daily', DAY_MS, new Date(start.getTime() + DAY_MS + 60_000));
    expect(daily?.reason).toBe('daily');
    expect(backupIfChanged(s.ctx, backups, 'daily', DAY_MS, new Date(start.getTime() + 3 * DAY_MS))).toBeNull();
    expect(listBackups(backups, file)).toHaveLength(2);
  });
});

describe('Save a Copy', () => {
  it('writes a sound copy at the chosen path and nothing else', () => {
    const { file, host } = setup();
    host.handle('openRegister', { path: file });
    const dest = path.join(tempDir(), 'for-the-auditor.sqlite');
    expect(value(host.handle('saveCopy', { path: dest }))).toEqual({ path: dest });
    expect(verifyFile(dest)).toMatchObject({ ok: true });
    expect(organisationNames(dest)).toEqual(['Itsme NV']);
    expect(fs.readdirSync(path.dirname(dest))).toEqual(['for-the-auditor.sqlite']);
  });

  it('works on a register open read-only', () => {
    const { file, host } = setup();
    host.handle('openRegister', { path: file, readOnly: true });
    const dest = path.join(tempDir(), 'copy.sqlite');
    expect(host.handle('saveCopy', { path: dest }).ok).toBe(true);
    expect(verifyFile(dest).ok).toBe(true);
  });

  it('refuses the open register itself, a missing folder and a relative path, changing nothing', () => {
    const { file, host } = setup();
    host.handle('openRegister', { path: file });
    const before = fs.readFileSync(file);
    const refusals = [file, path.join(tempDir(), 'missing', 'copy.sqlite'), 'copy.sqlite'].map((p) =>
      host.handle('saveCopy', { path: p }),
    );
    expect(refusals.map((r) => (r.ok ? 'ok' : `${r.error.kind}: ${r.error.message}`))).toEqual([
      'file: A copy cannot replace the register it is copied from; choose another name.',
      expect.stringMatching(/^file: The folder .*missing does not exist\.$/),
      'validation: path: must be an absolute path',
    ]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('leaves an existing file untouched when the copy cannot be written', () => {
    const { file, host } = setup();
    host.handle('openRegister', { path: file });
    const dest = path.join(tempDir(), 'copy.sqlite');
    fs.writeFileSync(dest, 'previous copy');
    // Replacing was confirmed, but the temporary file's name is taken by a folder, so the copy fails before the rename.
    fs.mkdirSync(`${dest}.partial`);
    const out = host.handle('saveCopy', { path: dest, overwrite: true });
    expect(out.ok ? 'ok' : out.error.kind).toBe('file');
    expect(fs.readFileSync(dest, 'utf8')).toBe('previous copy');
  });
});

describe('Restore from backup', () => {
  it('puts the backup in place, keeps the current file as a before-restore backup, and stays open', () => {
    const { file, host } = setup();
    host.handle('openRegister', { path: file });
    const [opened] = value<BackupInfo[]>(host.handle('listBackups', {}));
    addOrganisation(host, 'Mistake BV');
    const session = value<SessionInfo>(host.handle('restoreBackup', { name: opened!.name }));
    expect(session).toMatchObject({ path: file, readOnly: false });
    expect(value<{ name: string }[]>(host.handle('listOrganisations', {})).map((o) => o.name)).toEqual(['Itsme NV']);
    const aside = value<BackupInfo[]>(host.handle('listBackups', {})).find((b) => b.reason === 'before-restore');
    expect(organisationNames(aside!.path).sort()).toEqual(['Itsme NV', 'Mistake BV']);
    expect(readLocks(file)).toHaveLength(1);
    addOrganisation(host, 'After restore BV');
    host.handle('closeRegister', {});
    expect(leftovers(file)).toEqual([]);
    expect(readLocks(file)).toEqual([]);
  });

  it('refuses while a colleague has the register open, and an unknown backup name, changing nothing', async () => {
    const { file, host } = setup();
    host.handle('openRegister', { path: file });
    const [opened] = value<BackupInfo[]>(host.handle('listBackups', {}));
    addOrganisation(host, 'Keep me BV');
    const unknown = host.handle('restoreBackup', { name: '../register.sqlite' });
    expect(unknown.ok ? null : unknown.error).toMatchObject({
      kind: 'file',
      message: 'There is no backup named "../register.sqlite" for this register.',
    });

    const bob = startChild('hold-lock.ts', [file, 'bob', 'force']);
    children.push(bob);
    await bob.waitFor((l) => l === 'ready');
    const refused = host.handle('restoreBackup', { name: opened!.name });
    expect(refused.ok ? null : refused.error).toMatchObject({ kind: 'locked', holders: [{ user: 'bob' }] });
    expect(
      value<{ name: string }[]>(host.handle('listOrganisations', {}))
        .map((o) => o.name)
        .sort(),
    ).toEqual(['Itsme NV', 'Keep me BV']);
  });
});
