// Each schema version's data step runs in one place (db/open.ts runDataSteps): when the app opens
// an older file for editing, when an older file is read through an upgraded copy, and when an
// export of an older schema is imported. Real register files throughout.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentSchemaVersion, openForReading, openRegister, type Register } from '../db/open';
import { DATA_STEPS } from './data-steps';
import { openSession, openSessionForReading } from './register';
import { newRegister } from './register';
import { fillSample } from './sample/index';
import { closeAfterTest, sha256, tempDir } from './test-helpers';

/** A register as schema 3 wrote it: the sample's rows, without the stored list lines of schema 4. */
function schema3File(): string {
  const file = path.join(tempDir(), 'v3.sqlite');
  const ctx = newRegister(file, { author: 'setup' });
  fillSample(ctx);
  ctx.register.sqlite.exec('DROP TABLE activity_list; DROP TABLE list_refs; PRAGMA user_version = 3');
  ctx.register.close();
  return file;
}

const count = (register: Register, table: string): number =>
  register.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('data steps', () => {
  it('belong to schema versions this build has a migration for', () => {
    const versions = Object.keys(DATA_STEPS).map(Number);
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) expect(v >= 1 && v <= currentSchemaVersion()).toBe(true);
  });

  it('run when the app opens an older register for editing: the list lines are there at once', () => {
    const file = schema3File();
    const ctx = openSession(file, 'Ann');
    closeAfterTest(() => ctx.register.close());
    expect(ctx.register.schemaVersion).toBe(currentSchemaVersion());
    expect(count(ctx.register, 'activity_list')).toBe(8);
    expect(count(ctx.register, 'activities')).toBe(8);
  });

  it('run inside the upgrade: a failing step leaves the file at its old schema, byte for byte', () => {
    const file = schema3File();
    const before = sha256(file);
    const failing = () => {
      throw new Error('step failed');
    };
    expect(() => openRegister(file, { dataSteps: { 4: { after: failing } } })).toThrow(
      /could not be opened: step failed/,
    );
    expect(sha256(file)).toBe(before);
    const reopened = openRegister(file, { readOnly: false, dataSteps: DATA_STEPS });
    closeAfterTest(() => reopened.close());
    expect(count(reopened, 'activity_list')).toBe(8);
  });

  it('run on the temporary copy an older register is read from, which goes on close; the file stays as it was', () => {
    const file = schema3File();
    const before = sha256(file);
    const ctx = openSessionForReading(file, 'reader');
    expect(ctx.register.upgradedFrom).toBe(3);
    expect(ctx.register.path).not.toBe(file);
    expect(path.basename(ctx.register.path)).toBe('v3.sqlite');
    expect(count(ctx.register, 'activity_list')).toBe(8);
    const copyFolder = path.dirname(ctx.register.path);
    ctx.register.close();
    expect(fs.existsSync(copyFolder)).toBe(false);
    expect(sha256(file)).toBe(before);
  });

  it('are not needed for a current register, which is read in place, read-only', () => {
    const file = path.join(tempDir(), 'current.sqlite');
    newRegister(file, { author: 'setup' }).register.close();
    const register = openForReading(file);
    closeAfterTest(() => register.close());
    expect(register).toMatchObject({ path: file, readOnly: true, upgradedFrom: null });
  });
});
