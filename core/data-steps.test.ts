// Each schema version's data step runs in one place (db/open.ts runDataSteps): when the app opens
// an older file for editing, when an older file is read through an upgraded copy, and when an
// export of an older schema is imported. Real register files throughout.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentSchemaVersion, openForReading, openRegister, type Register } from '../db/open';
import Database from 'better-sqlite3';
import { DATA_STEPS } from './data-steps';
import { openSession, openSessionForReading } from './register';
import { newRegister } from './register';
import { closeAfterTest, sha256, tempDir } from './test-helpers';

/**
 * A register as schema 3 wrote it: the schema-4 fixture (made by the schema-4 build, db/fixtures/)
 * without the stored list lines that schema 4 added.
 */
function schema3File(): string {
  const file = path.join(tempDir(), 'v3.sqlite');
  fs.copyFileSync(path.join(import.meta.dirname, '../db/fixtures/schema4-sample.sqlite'), file);
  const raw = new Database(file);
  raw.exec('DROP TABLE activity_list; DROP TABLE list_refs; PRAGMA user_version = 3');
  raw.close();
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
    expect(count(ctx.register, 'activities')).toBeGreaterThan(0);
    expect(count(ctx.register, 'activity_list')).toBe(count(ctx.register, 'activities'));
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
    expect(count(reopened, 'activity_list')).toBe(count(reopened, 'activities'));
  });

  it('run on the temporary copy an older register is read from, which goes on close; the file stays as it was', () => {
    const file = schema3File();
    const before = sha256(file);
    const ctx = openSessionForReading(file, 'reader');
    expect(ctx.register.upgradedFrom).toBe(3);
    expect(ctx.register.path).not.toBe(file);
    expect(path.basename(ctx.register.path)).toBe('v3.sqlite');
    expect(count(ctx.register, 'activity_list')).toBe(count(ctx.register, 'activities'));
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
