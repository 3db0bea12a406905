// A register whose data was changed behind the app (with the real sqlite3 shell) is held read-only
// by the host once checked, until the user accepts the current data as a new starting point.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataCheck, HistoryEntry, Organisation, Outcome } from './api/contract';
import { RegisterHost } from './host';
import { tempDir, tempRegister } from './test-helpers';

const sqlite3 = (file: string, sql: string): string =>
  execFileSync('/usr/bin/sqlite3', [file, sql], { encoding: 'utf8' }).trim();

/** A closed copy of the sample register. */
function sampleFile(): string {
  const ctx = tempRegister({ sample: true, author: 'alice' });
  ctx.register.close();
  const copy = path.join(tempDir(), 'copy.sqlite');
  fs.copyFileSync(ctx.register.path, copy);
  return copy;
}

function value<T>(out: Outcome<unknown>): T {
  if (!out.ok) throw new Error(`${out.error.kind}: ${out.error.message}`);
  return out.value as T;
}

const organisation = (host: RegisterHost) => value<Organisation[]>(host.handle('listOrganisations', {}))[0]!;
const renameOrganisation = (host: RegisterHost, name: string) => {
  const org = organisation(host);
  return host.handle('updateOrganisation', { id: org.id, version: org.version, fields: { ...org, name } });
};

describe('the data check on open', () => {
  it('finds nothing on an untouched register, which stays writable', () => {
    const host = new RegisterHost({ author: 'bob' });
    host.open(sampleFile());
    expect(value<DataCheck>(host.handle('checkData', {}))).toEqual({
      ok: true,
      differences: [],
      differenceCount: 0,
      notChecked: null,
    });
    expect(host.session()).toMatchObject({ readOnly: false, dataHeld: false });
    expect(renameOrganisation(host, 'Renamed in the app').ok).toBe(true);
    host.close();
  });

  it('holds a register renamed behind the app read-only, refuses changes, and releases it once accepted', () => {
    const file = sampleFile();
    const [id, name] = sqlite3(file, 'SELECT id, name FROM activities ORDER BY id LIMIT 1').split('|');
    sqlite3(file, `UPDATE activities SET name = 'Renamed behind the app' WHERE id = '${id}'`);
    const host = new RegisterHost({ author: 'bob' });
    host.open(file);
    const check = value<DataCheck>(host.handle('checkData', {}));
    expect(check).toMatchObject({ ok: false, differenceCount: 1, notChecked: null });
    expect(check.differences).toEqual([
      {
        entity: 'activity',
        id,
        name: 'Renamed behind the app',
        field: 'name',
        stored: JSON.stringify('Renamed behind the app'),
        expected: JSON.stringify(name),
      },
    ]);
    expect(host.session()).toMatchObject({ readOnly: true, dataHeld: true });

    const refused = renameOrganisation(host, 'Not now');
    expect(refused).toMatchObject({ ok: false, error: { kind: 'read_only' } });
    expect(!refused.ok && refused.error.message).toMatch(
      /^This register's data is not what its history says \(1 difference\)/,
    );
    expect(organisation(host).name).not.toBe('Not now');

    expect(value(host.handle('acceptCurrentData', {}))).toEqual({ differences: 1 });
    expect(host.session()).toMatchObject({ readOnly: false, dataHeld: false });
    const [, note] = value<HistoryEntry[]>(host.handle('listHistory', { limit: 2 }));
    expect(note).toMatchObject({ entity: 'register', author: 'bob' });
    expect(note!.changes.acceptedAsStartingPoint!.after).toEqual([
      `activity "Renamed behind the app": name: stored "Renamed behind the app", history says ${JSON.stringify(name)}`,
    ]);
    expect(renameOrganisation(host, 'Renamed after accepting').ok).toBe(true);
    expect(value<DataCheck>(host.handle('checkData', {})).ok).toBe(true);
    host.close();

    // The next opening finds the data as the history says.
    const again = new RegisterHost({ author: 'carol' });
    again.open(file);
    expect(value<DataCheck>(again.handle('checkData', {})).ok).toBe(true);
    again.close();
  });

  it('runs the check before the first change when the app has not asked for it', () => {
    const file = sampleFile();
    sqlite3(
      file,
      'DELETE FROM activity_recipients WHERE (activity_ref, recipient_ref) = (SELECT activity_ref, recipient_ref FROM activity_recipients LIMIT 1)',
    );
    const host = new RegisterHost({ author: 'bob' });
    host.open(file);
    expect(renameOrganisation(host, 'Not now')).toMatchObject({ ok: false, error: { kind: 'read_only' } });
    expect(host.session().dataHeld).toBe(true);
    host.close();
  });

  it('does not hold a register opened read-only: it cannot be changed anyway, and nothing can be accepted', () => {
    const file = sampleFile();
    sqlite3(file, "UPDATE organisations SET dpo_email = 'someone@elsewhere.example'");
    const host = new RegisterHost({ author: 'bob' });
    host.open(file, true);
    expect(value<DataCheck>(host.handle('checkData', {}))).toMatchObject({ ok: false, differenceCount: 1 });
    expect(host.session()).toMatchObject({ readOnly: true, dataHeld: false });
    expect(host.handle('acceptCurrentData', {})).toMatchObject({ ok: false, error: { kind: 'read_only' } });
    host.close();
  });

  it('forgets the check when another register is opened', () => {
    const tampered = sampleFile();
    sqlite3(tampered, "UPDATE organisations SET dpo_email = 'someone@elsewhere.example'");
    const host = new RegisterHost({ author: 'bob' });
    host.open(tampered);
    expect(value<DataCheck>(host.handle('checkData', {})).ok).toBe(false);
    host.open(sampleFile());
    expect(host.session().dataHeld).toBe(false);
    expect(value<DataCheck>(host.handle('checkData', {})).ok).toBe(true);
    host.close();
  });
});
