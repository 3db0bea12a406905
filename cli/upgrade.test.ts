// `ropa upgrade` and the presence lock in the CLI's write commands: a register someone else has
// open for editing is refused (exit 3, the file exactly as it was) unless --force.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createRegisterFile, currentSchemaVersion } from '../db/open';
import { acquireLock } from '../core/lock';
import { closeAfterTest, sha256, tempDir } from '../core/test-helpers';
import { expectOneErrorLine, ropa } from './test-helpers';

/** A register written by the first version of the app. */
function versionOneFile(): string {
  const file = path.join(tempDir(), 'old.sqlite');
  createRegisterFile(file, { upTo: 1 }).close();
  return file;
}

/** Ann has `file` open for editing in the app (this test process is her live app). */
function heldByAnn(file: string): void {
  const lock = acquireLock(file, { user: 'Ann Peeters' });
  closeAfterTest(() => lock?.release());
}

const userVersion = (file: string): number => {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
};

const backupsBeside = (file: string): string[] =>
  fs.readdirSync(path.dirname(file)).filter((n) => n.startsWith(`${path.basename(file)}.v1-`) && n.endsWith('.bak'));
const locksBeside = (file: string): string[] =>
  fs.readdirSync(path.dirname(file)).filter((n) => n.startsWith('.~lock.'));

const HELD_BY_ANN = new RegExp(
  `is open for editing by Ann Peeters on ${os.hostname()} since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC; run again with --force`,
);

describe('ropa upgrade', () => {
  it('upgrades a version-1 register in place, keeping a backup of version 1 beside it', () => {
    const file = versionOneFile();
    const original = sha256(file);
    const r = ropa(['upgrade', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `^Upgraded old\\.sqlite from schema 1 to ${currentSchemaVersion()}; the previous version is kept as .*old\\.sqlite\\.v1-.*\\.bak\\.\\n$`,
      ),
    );
    expect(userVersion(file)).toBe(currentSchemaVersion());
    const [backup] = backupsBeside(file);
    expect(backup).toBeDefined();
    expect(userVersion(path.join(path.dirname(file), backup!))).toBe(1);
    expect(locksBeside(file)).toEqual([]);
    expect(sha256(file)).not.toBe(original);
    // The upgraded file opens everywhere as a current register.
    expect(ropa(['info', file]).stdout).toMatch(new RegExp(`^Schema version\\s+${currentSchemaVersion()}$`, 'm'));
  });

  it('writes the stored list lines of a schema-3 register, so its first list needs no rebuild', () => {
    const file = path.join(tempDir(), 'v3.sqlite');
    // What schema 3 wrote: the rows of the schema-4 fixture (db/fixtures), without the derived list tables.
    fs.copyFileSync(new URL('../db/fixtures/schema4-sample.sqlite', import.meta.url), file);
    const raw = new Database(file);
    raw.exec('DROP TABLE activity_list; DROP TABLE list_refs; PRAGMA user_version = 3');
    raw.close();
    const r = ropa(['upgrade', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Upgraded v3\.sqlite from schema 3 to /);
    const db = new Database(file, { readonly: true });
    try {
      const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
      expect(count('activity_list')).toBe(9);
      expect(count('activities')).toBe(9);
      expect(count('purposes')).toBe(18);
    } finally {
      db.close();
    }
  });

  it('says so and changes nothing when the register is already current', () => {
    const file = versionOneFile();
    expect(ropa(['upgrade', file]).code).toBe(0);
    const before = sha256(file);
    const r = ropa(['upgrade', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`old.sqlite is already at schema ${currentSchemaVersion()}; nothing to do.\n`);
    expect(sha256(file)).toBe(before);
    expect(backupsBeside(file)).toHaveLength(1);
  });

  it('is refused while someone else edits the register, leaving it byte for byte; --force upgrades it anyway', () => {
    const file = versionOneFile();
    heldByAnn(file);
    const before = sha256(file);
    const refused = ropa(['upgrade', file]);
    expect(refused.code).toBe(3);
    expectOneErrorLine(refused.stderr, HELD_BY_ANN);
    expect(refused.stdout).toBe('');
    expect(sha256(file)).toBe(before);
    expect(backupsBeside(file)).toEqual([]);
    expect(locksBeside(file)).toHaveLength(1);

    const forced = ropa(['upgrade', file, '--force']);
    expect(forced.code).toBe(0);
    expect(userVersion(file)).toBe(currentSchemaVersion());
    expect(backupsBeside(file)).toHaveLength(1);
    // Ann's lock stays; the CLI's own is gone.
    expect(locksBeside(file)).toHaveLength(1);
  });

  it('refuses a file that is not a register with exit 2', () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'just text\n'.repeat(20));
    const r = ropa(['upgrade', file]);
    expect(r.code).toBe(2);
    expectOneErrorLine(r.stderr, /notes\.sqlite is not a RoPA register/);
  });
});

describe('new and import on a path someone holds', () => {
  it('are refused with exit 3 and create nothing; --force creates the register', () => {
    const dir = tempDir();
    const source = path.join(dir, 'source.sqlite');
    expect(ropa(['new', source, '--sample']).code).toBe(0);
    const exported = path.join(dir, 'source.json');
    expect(ropa(['export', source, '--format', 'json', '-o', exported]).code).toBe(0);

    for (const [target, command, activities] of [
      [path.join(dir, 'new.sqlite'), (f: string, ...more: string[]) => ['new', f, ...more], 0],
      [path.join(dir, 'imported.sqlite'), (f: string, ...more: string[]) => ['import', f, exported, ...more], 8],
    ] as const) {
      heldByAnn(target);
      const refused = ropa(command(target));
      expect(refused.code).toBe(3);
      expectOneErrorLine(refused.stderr, HELD_BY_ANN);
      expect(fs.existsSync(target)).toBe(false);
      const forced = ropa(command(target, '--force'));
      expect(forced.stderr).toBe('');
      expect(forced.code).toBe(0);
      expect(ropa(['info', target]).stdout).toMatch(new RegExp(`^Activities\\s+${activities} `, 'm'));
    }
  });
});
